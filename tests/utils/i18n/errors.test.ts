import { describe, expect, it } from 'vitest';
import { addressProblemSchema, apiErrorSchema, responseLimitSchema, type Failure } from '../../../utils/errors';
import { setLocale, type Locale } from '../../../utils/i18n';
import { errorText, requestIdText } from '../../../utils/i18n/errors';

/** One realistic sample of every kind, every invalidAddress reason, and the null variants. */
const SAMPLES: Failure[] = [
  ...addressProblemSchema.options.map((reason) => ({ kind: 'invalidAddress', reason, status: null, requestId: null }) as const),
  { kind: 'unauthorized', status: 401, requestId: 'r' },
  { kind: 'forbidden', missingAbility: 'partner', status: 403, requestId: 'r' },
  { kind: 'forbidden', missingAbility: null, status: 403, requestId: null },
  { kind: 'notFound', status: 404, requestId: 'r' },
  { kind: 'rateLimited', retryAfterSeconds: 150, status: 429, requestId: 'r' },
  { kind: 'rateLimited', retryAfterSeconds: null, status: 429, requestId: null },
  { kind: 'server', status: 502, requestId: 'r' },
  { kind: 'unexpectedStatus', status: 418, requestId: null },
  { kind: 'unexpectedStatus', status: null, requestId: null },
  { kind: 'redirected', status: 301, requestId: null },
  { kind: 'network', status: null, requestId: null },
  { kind: 'timeout', status: null, requestId: null },
  { kind: 'badResponse', detail: 'attributes.balance: expected number', status: 200, requestId: 'r' },
  ...responseLimitSchema.options.map((limit) => ({ kind: 'badResponse', detail: 'x', limit, status: 200, requestId: 'r' }) as const),
  { kind: 'pageLimit', pages: 1000, status: 200, requestId: null },
  { kind: 'noAnswer', status: null, requestId: null },
  { kind: 'storage', status: null, requestId: null },
  { kind: 'notApi', status: 200, requestId: 'r' },
  { kind: 'internal', status: null, requestId: null },
];

/** Every kind a page can be told: the API client's, and the background not answering. */
const ALL_KINDS = [...apiErrorSchema.def.options.map((option) => option.shape.kind.def.values[0]), 'noAnswer'];
const LOCALES: Locale[] = ['en', 'ru'];

describe('errorText', () => {
  it('the samples cover every kind and every address problem', () => {
    expect(new Set(SAMPLES.map((s) => s.kind))).toEqual(new Set(ALL_KINDS));
  });

  it.each(LOCALES)('gives every kind a non-empty message and action, placeholders filled (%s)', (loc) => {
    setLocale(loc);
    for (const sample of SAMPLES) {
      const { message, action } = errorText(sample);
      expect(message.trim(), sample.kind).not.toBe('');
      expect(action.trim(), sample.kind).not.toBe('');
      expect(`${message} ${action}`, JSON.stringify(sample)).not.toMatch(/[{}]|undefined|null|NaN/);
    }
  });

  it('speaks Russian in ru and English in en (no untranslated strings)', () => {
    for (const sample of SAMPLES) {
      setLocale('en');
      const en = errorText(sample);
      setLocale('ru');
      const ru = errorText(sample);
      expect(ru.message, sample.kind).toMatch(/[а-яё]/i);
      expect(ru.action, sample.kind).toMatch(/[а-яё]/i);
      expect(ru.message).not.toBe(en.message);
    }
  });

  it('gives each address problem its own advice', () => {
    const actions = addressProblemSchema.options.map(
      (reason) => errorText({ kind: 'invalidAddress', reason }).action,
    );
    expect(new Set(actions).size).toBe(actions.length);
  });

  it('says the 401 and 403 things a partner can act on', () => {
    expect(errorText({ kind: 'unauthorized' })).toEqual({
      message: 'The site did not accept this API key.',
      action: 'Check that you copied the whole key, or create a new one in your personal cabinet → Settings → REST API.',
    });
    expect(errorText({ kind: 'forbidden', missingAbility: 'partner' }).action).toContain('Доступ к партнерской программе');
    expect(errorText({ kind: 'forbidden', missingAbility: 'partner' }).action).toContain('partner program access');
    setLocale('ru');
    expect(errorText({ kind: 'forbidden', missingAbility: 'partner' }).action).toContain(
      '«Доступ к партнерской программе»',
    );
  });

  it('turns Retry-After into whole minutes to wait, with the right plural', () => {
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 150 }).action).toBe('Wait 3 minutes, then try again.');
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 20 }).action).toBe('Wait 1 minute, then try again.');
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: null }).action).toBe('Wait a few minutes, then try again.');
    setLocale('ru');
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 60 }).action).toBe('Подождите 1 минуту и попробуйте снова.');
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 120 }).action).toBe('Подождите 2 минуты и попробуйте снова.');
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 300 }).action).toBe('Подождите 5 минут и попробуйте снова.');
  });

  it('says a wait over an hour in whole hours (rounded up), with the right plural', () => {
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 3600 }).action).toBe('Wait 60 minutes, then try again.');
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 3601 }).action).toBe('Wait 2 hours, then try again.');
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 86_400 }).action).toBe('Wait 24 hours, then try again.');
    setLocale('ru');
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 86_400 }).action).toBe('Подождите 24 часа и попробуйте снова.');
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 5 * 3600 }).action).toBe('Подождите 5 часов и попробуйте снова.');
    expect(errorText({ kind: 'rateLimited', retryAfterSeconds: 20 * 3600 + 1 }).action).toBe('Подождите 21 час и попробуйте снова.');
  });

  it('says which limit an answer broke, each in its own words, and that the last good data is kept', () => {
    const messages = responseLimitSchema.options.map((limit) => errorText({ kind: 'badResponse', detail: 'x', limit }).message);
    expect(new Set([...messages, errorText({ kind: 'badResponse', detail: 'x' }).message]).size).toBe(4);
    expect(errorText({ kind: 'badResponse', detail: 'x', limit: 'body' }).message).toContain('4 MB');
    expect(errorText({ kind: 'badResponse', detail: 'x', limit: 'value' }).action).toContain('last good data is kept');
    setLocale('ru');
    expect(errorText({ kind: 'badResponse', detail: 'x', limit: 'body' }).message).toContain('4 МБ');
  });

  it('asks to report an internal error and never says offline', () => {
    const en = errorText({ kind: 'internal' });
    expect(en.action).toContain('report it');
    expect(`${en.message} ${en.action}`).not.toMatch(/offline|internet connection/i);
    setLocale('ru');
    expect(errorText({ kind: 'internal' }).action).toContain('сообщите');
  });

  it('shows the HTTP status of an unexpected answer', () => {
    expect(errorText({ kind: 'unexpectedStatus', status: 418 }).message).toContain('HTTP 418');
  });

  it('never shows technical details such as the schema path', () => {
    const text = errorText({ kind: 'badResponse', detail: 'attributes.balance: expected number' });
    expect(`${text.message} ${text.action}`).not.toContain('attributes');
    expect(text.action).toContain('request ID');
  });
});

describe('requestIdText', () => {
  it('labels the request ID in the current language, or is empty without one', () => {
    expect(requestIdText('abc-123')).toBe('Request ID: abc-123');
    setLocale('ru');
    expect(requestIdText('abc-123')).toBe('ID запроса: abc-123');
    expect(requestIdText(null)).toBe('');
  });
});
