import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../utils/i18n';
import { defaultSeparator, withDefaults } from '../../../utils/storage/items';

afterEach(() => setLocale(null));

describe('the CSV separator default follows the UI language', () => {
  it('";" in the Russian UI (Russian spreadsheets read it, with decimal commas), "," otherwise', () => {
    setLocale('ru');
    expect(defaultSeparator()).toBe(';');
    expect(withDefaults({}).csvSeparator).toBe(';');
    setLocale('en');
    expect(defaultSeparator()).toBe(',');
    expect(withDefaults({}).csvSeparator).toBe(',');
  });

  it('a stored choice wins over the default', () => {
    setLocale('ru');
    expect(withDefaults({ csvSeparator: ',' }).csvSeparator).toBe(',');
  });
});
