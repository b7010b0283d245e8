import { describe, expect, it } from 'vitest';
import { authorize, bearerToken } from '../../../scripts/mock-server/auth';
import { parseCli } from '../../../scripts/mock-server/cli-args';
import { MOCK_KEYS } from '../../../scripts/mock-server/keys';

describe('mock bearer tokens', () => {
  it('reads the token the way Laravel does', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('maps each test key to its abilities', () => {
    expect(authorize(`Bearer ${MOCK_KEYS.full}`, 'partner').ok).toBe(true);
    expect(authorize(`Bearer ${MOCK_KEYS.partner}`, 'partner').ok).toBe(true);
    expect(authorize(`Bearer ${MOCK_KEYS.account}`, 'partner')).toMatchObject({
      ok: false,
      status: 403,
      body: { status: 1, message: 'You do not have access to this route', missing_ability: 'partner' },
    });
    expect(authorize(`Bearer ${MOCK_KEYS.revoked}`, 'partner')).toMatchObject({ ok: false, status: 401, body: { message: 'Unauthenticated.' } });
  });

  it('rejects unknown keys, a wrong id prefix, and missing or malformed headers', () => {
    const secret = MOCK_KEYS.full.split('|')[1]!;
    expect(authorize(`Bearer ${secret}`, 'partner').ok).toBe(true); // Sanctum accepts the bare secret
    for (const header of [undefined, '', 'Bearer', MOCK_KEYS.full, `Token ${MOCK_KEYS.full}`, `Bearer 9|${secret}`, 'Bearer 1|nope']) {
      expect(authorize(header, 'partner'), String(header)).toMatchObject({ ok: false, status: 401 });
    }
  });
});

describe('mock CLI arguments', () => {
  it('has the documented defaults', () => {
    expect(parseCli([], { LANG: 'en_US.UTF-8' })).toEqual({
      kind: 'run',
      options: {
        port: 8787, host: '127.0.0.1', layout: 'v2', locale: 'en', exchanges: undefined, withdrawals: undefined,
        seed: undefined, extraKeys: false, liveEveryMs: undefined, quiet: false,
      },
    });
  });

  it('speaks the system language unless told (--locale, MOCK_LOCALE)', () => {
    const locale = (argv: string[], env: Record<string, string>) => (parseCli(argv, env) as { options: { locale: string } }).options.locale;
    expect(locale([], { LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(locale([], { LANG: 'uk_UA.UTF-8' })).toBe('ru');
    expect(locale([], { LANG: 'ru_RU.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('en');
    expect(locale([], { LANG: 'C.UTF-8' })).toBe('en');
    expect(locale([], { LANG: 'rup_RO' })).toBe('en');
    expect(locale(['--locale', 'ru'], { LANG: 'en_US.UTF-8' })).toBe('ru');
    expect(locale([], { LANG: 'en_US.UTF-8', MOCK_LOCALE: 'ru' })).toBe('ru');
  });

  it('reads flags, then MOCK_* variables', () => {
    const env = { MOCK_PORT: '9000', MOCK_LAYOUT: 'v3private', MOCK_EXTRA: '1', MOCK_EXCHANGES: '10000' };
    const parsed = parseCli(['--port', '0', '--locale', 'en', '--live', '2000', '--seed', '7'], env);
    expect(parsed).toMatchObject({
      kind: 'run',
      options: { port: 0, layout: 'v3private', locale: 'en', liveEveryMs: 2000, seed: 7, exchanges: 10_000, extraKeys: true },
    });
  });

  it('explains bad values and unknown flags, and offers help', () => {
    expect(parseCli(['--layout', 'v4'], {})).toMatchObject({ kind: 'error', message: expect.stringContaining('v2 or v3private') });
    expect(parseCli(['--port', 'abc'], {})).toMatchObject({ kind: 'error', message: expect.stringContaining('--port') });
    expect(parseCli(['--bogus'], {})).toMatchObject({ kind: 'error' });
    expect(parseCli(['-h'], {})).toEqual({ kind: 'help' });
  });
});
