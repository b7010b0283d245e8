import { describe, expect, it } from 'vitest';
import { defineMessages, detectLocale, setLocale } from '../../../utils/i18n';

const t = defineMessages({
  en: { hello: 'Hello, {name}', bonuses: { one: '{count} new bonus', other: '{count} new bonuses' } },
  ru: { hello: 'Привет, {name}', bonuses: { one: '{count} новый бонус', few: '{count} новых бонуса', many: '{count} новых бонусов', other: '{count} нового бонуса' } },
});

describe('i18n', () => {
  it('detects Russian-speaking browsers', () => {
    expect(detectLocale('ru-RU')).toBe('ru');
    expect(detectLocale('uk')).toBe('ru');
    expect(detectLocale('en-GB')).toBe('en');
    expect(detectLocale('rum')).toBe('en');
  });

  it('fills placeholders and picks plural forms per language', () => {
    setLocale('en');
    expect(t('hello', { name: 'Ann' })).toBe('Hello, Ann');
    expect(t('bonuses', { count: 1 })).toBe('1 new bonus');
    expect(t('bonuses', { count: 5 })).toBe('5 new bonuses');
    setLocale('ru');
    expect(t('bonuses', { count: 1 })).toBe('1 новый бонус');
    expect(t('bonuses', { count: 3 })).toBe('3 новых бонуса');
    expect(t('bonuses', { count: 5 })).toBe('5 новых бонусов');
  });
});
