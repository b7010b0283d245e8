import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLORS, applyBadge, badgeCountText, badgeView, pointPopup, unseenCount, type BadgeAccount } from '../../../entrypoints/background/badge';
import { emptyCache } from '../../../utils/model';
import { setLocale } from '../../../utils/i18n';
import type { AccountCache, SyncError } from '../../../utils/model';

/** Intl separates digits and currency with no-break spaces; compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const T0 = 1_700_000_000_000;

function cache(patch: Partial<AccountCache> = {}, balance = 1190.36): AccountCache {
  return {
    ...emptyCache(),
    summary: { percent: 0.5, referrals: 2, currency: 'rub', referralHash: 'Gz', balance, totalEarned: 190.36, totalPaidOut: 0 },
    lastSuccessAt: T0,
    lastSyncAt: T0,
    ...patch,
  };
}
const arrivals = (n: number, at: number) => Array.from({ length: n }, (_, i) => ({ id: 100 + i, at }));
const error = (e: { kind: SyncError['kind']; missingAbility?: string }): SyncError => ({ status: null, requestId: null, at: T0, ...e }) as SyncError;
const acc = (label: string, c: AccountCache | null, seenAt = 0): BadgeAccount => ({ label, cache: c, seenAt });

describe('badge counts', () => {
  it('counts arrivals after seenAt only', () => {
    const c = cache({ arrivals: [...arrivals(2, T0 + 2), ...arrivals(3, T0)] });
    expect(unseenCount(c, 0)).toBe(5);
    expect(unseenCount(c, T0)).toBe(2);
    expect(unseenCount(c, T0 + 2)).toBe(0);
    expect(unseenCount(null, 0)).toBe(0);
  });

  it('text: empty at 0, the number up to 99, then 99+', () => {
    expect([0, 1, 7, 99, 100, 5000].map(badgeCountText)).toEqual(['', '1', '7', '99', '99+', '99+']);
  });

  it('adds unseen exchanges across accounts; tooltip has one line per account with its balance and own new count', () => {
    setLocale('ru');
    const view = badgeView({
      online: true,
      accounts: [acc('alpha.example', cache({ arrivals: arrivals(2, T0) })), acc('beta.example', cache({ arrivals: arrivals(1, T0) }, 50))],
    });
    expect(view.text).toBe('3');
    expect(view.color).toBe(BADGE_COLORS.count);
    expect(plain(view.title).split('\n')).toEqual([
      'iEX Partner', 'alpha.example — 1 190,36 ₽ · 2 новых', 'beta.example — 50,00 ₽ · 1 новый', '3 новых реферальных бонуса',
    ]);
  });

  it('one account: "iEX Partner — balance", empty badge when all is seen', () => {
    setLocale('ru');
    const view = badgeView({ online: true, accounts: [acc('a.example', cache({ arrivals: arrivals(4, T0) }), T0)] });
    expect({ ...view, title: plain(view.title) }).toEqual({ text: '', color: BADGE_COLORS.count, title: 'iEX Partner — 1 190,36 ₽' });
  });

  it('an account not loaded yet, or failing for another reason, says so in its line', () => {
    const view = badgeView({
      online: true,
      accounts: [acc('new.example', null), acc('slow.example', cache({ lastError: error({ kind: 'server' }) }))],
    });
    expect(view.text).toBe('');
    expect(view.title).toContain('new.example — not loaded yet');
    expect(plain(view.title)).toContain('slow.example — ₽1,190.36 (could not update, will try again)');
  });
});

describe('a passing trouble stays quiet in the tooltip, as in the popup', () => {
  const MIN = 60_000;
  const failing = (kind: SyncError['kind']) => acc('a.example', cache({ lastError: error({ kind }) }));

  it('a 5xx, timeout, 429 or network failure on data younger than twice the interval: the plain balance', () => {
    for (const kind of ['server', 'timeout', 'rateLimited', 'network'] as const) {
      const view = badgeView({ online: true, accounts: [failing(kind)], pollMinutes: 15, now: T0 + 20 * MIN });
      expect(plain(view.title)).toBe('iEX Partner — ₽1,190.36');
    }
    const two = badgeView({ online: true, accounts: [failing('server'), acc('b.example', cache())], pollMinutes: 15, now: T0 + 29 * MIN });
    expect(plain(two.title)).toContain('a.example — ₽1,190.36');
    expect(two.title).not.toContain('could not update');
  });

  it('once the data is older than twice the interval, the line says so', () => {
    const stale = badgeView({ online: true, accounts: [failing('server')], pollMinutes: 15, now: T0 + 31 * MIN });
    expect(plain(stale.title)).toContain('a.example — ₽1,190.36 (could not update, will try again)');
    const down = badgeView({ online: true, accounts: [failing('network')], pollMinutes: 15, now: T0 + 31 * MIN });
    expect(down.title).toContain('the site does not answer');
  });

  it('a key problem is never quiet, even on fresh data', () => {
    const view = badgeView({ online: true, accounts: [failing('unauthorized')], pollMinutes: 15, now: T0 + MIN });
    expect(view).toMatchObject({ text: '!', color: BADGE_COLORS.error });
    expect(view.title).toContain('the API key was not accepted');
  });
});

describe('badge errors win over counts', () => {
  it("'?' when no account is configured", () => {
    const view = badgeView({ online: true, accounts: [] });
    expect(view.text).toBe('?');
    expect(view.title).toContain('Open the settings');
  });

  it("'!' in red for a refused key or a missing permission, naming the account; other sites' lines and counts stay", () => {
    const view = badgeView({
      online: true,
      accounts: [
        acc('ok.example', cache({ arrivals: arrivals(5, T0) })),
        acc('bad.example', cache({ lastError: error({ kind: 'unauthorized' }), backoff: { failures: 1, nextAttemptAt: null, paused: true } })),
        acc('narrow.example', cache({ lastError: error({ kind: 'forbidden', missingAbility: 'partner' }) })),
      ],
    });
    // The 5 new bonuses of ok.example still show, in red: a site needs its key fixed.
    expect(view.text).toBe('5');
    expect(view.color).toBe(BADGE_COLORS.error);
    expect(view.title).toContain('bad.example: the API key was not accepted. Open the settings and enter a new key.');
    expect(view.title).toContain('narrow.example: the key lacks the "partner program access" permission');
    expect(plain(view.title)).toContain('ok.example — ₽1,190.36');
    expect(view.title).toContain('5 new referral bonuses');
    const nothingNew = badgeView({ online: true, accounts: [acc('bad.example', cache({ lastError: error({ kind: 'unauthorized' }) }))] });
    expect(nothingNew).toMatchObject({ text: '!', color: BADGE_COLORS.error });
  });

  it("'off' in grey only while the browser is offline; a site that does not answer says so on its own line", () => {
    const counted = acc('a.example', cache({ arrivals: arrivals(5, T0) }));
    const offline = badgeView({ online: false, accounts: [counted] });
    expect(offline).toMatchObject({ text: 'off', color: BADGE_COLORS.offline });
    expect(offline.title).toContain('No internet connection');
    const unreachable = badgeView({ online: true, accounts: [acc('a.example', cache({ lastError: error({ kind: 'network' }) }))] });
    expect(unreachable.text).toBe('');
    expect(unreachable.title).toContain('a.example');
    expect(unreachable.title).toContain('the site does not answer');
    expect(unreachable.title).not.toContain('No internet connection');
    const oneDown = badgeView({ online: true, accounts: [counted, acc('b.example', cache({ lastError: error({ kind: 'network' }) }))] });
    expect(oneDown.text).toBe('5');
  });

  it('tooltips are translated', () => {
    setLocale('ru');
    expect(badgeView({ online: true, accounts: [] }).title).toContain('Откройте настройки');
    const view = badgeView({ online: true, accounts: [acc('bad.example', cache({ lastError: error({ kind: 'unauthorized' }) }))] });
    expect(view.title).toContain('bad.example: API-ключ не принят');
  });
});

describe('applyBadge', () => {
  it('sets text, colour and title on the toolbar button', async () => {
    await applyBadge({ text: '7', color: '#0d9488', title: 'iEX Partner — 1' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('7');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([13, 148, 136, 255]);
    expect(await fakeBrowser.action.getTitle({})).toBe('iEX Partner — 1');
  });

  it('points the button at the popup address naming the accounts; a refusal changes nothing else', async () => {
    await pointPopup(['a', 'b']);
    expect(await fakeBrowser.action.getPopup({})).toBe('popup.html?account=a&account=b');
    fakeBrowser.action.setPopup = () => Promise.reject(new Error('not supported here'));
    await expect(pointPopup(['c'])).resolves.toBeUndefined();
    // A browser without the function at all (it throws before any promise).
    fakeBrowser.action.setPopup = undefined as unknown as typeof fakeBrowser.action.setPopup;
    await expect(pointPopup(['d'])).resolves.toBeUndefined();
    expect(await fakeBrowser.action.getPopup({})).toBe('popup.html?account=a&account=b');
  });
});

describe('what the badge shows (settings.badgeShows)', () => {
  const sites = () => [acc('a.example', cache({ arrivals: arrivals(3, T0) })), acc('b.example', cache({}, 50))];
  const today = [{ currency: 'rub', amount: 15_234.56 }];

  it("'today': today's earnings in short on the badge, the full sum in the tooltip", () => {
    const view = badgeView({ online: true, accounts: sites(), shows: 'today', today });
    expect(view.text).toBe('15k');
    expect(view.color).toBe(BADGE_COLORS.count);
    expect(plain(view.title)).toContain('Earned today: ₽15,234.56');
    // The new count is still in the tooltip, just not on the badge.
    expect(view.title).toContain('3 new referral bonuses');
    setLocale('ru');
    const ru = badgeView({ online: true, accounts: sites(), shows: 'today', today: [{ currency: 'rub', amount: 1234.5 }] });
    expect(ru.text).toBe('1,2k');
    expect(plain(ru.title)).toContain('Заработано сегодня: 1 234,50 ₽');
  });

  it("'today' with nothing earned yet: an empty badge; with a key to fix: a red '!'", () => {
    expect(badgeView({ online: true, accounts: sites(), shows: 'today', today: [] }).text).toBe('');
    const bad = acc('bad.example', cache({ lastError: error({ kind: 'unauthorized' }) }));
    expect(badgeView({ online: true, accounts: [...sites(), bad], shows: 'today', today: [] })).toMatchObject({ text: '!', color: BADGE_COLORS.error });
    expect(badgeView({ online: true, accounts: [...sites(), bad], shows: 'today', today })).toMatchObject({ text: '15k', color: BADGE_COLORS.error });
  });

  it("'none': no figure, but a key to fix still shows '!' in red and the tooltip keeps every line", () => {
    const quiet = badgeView({ online: true, accounts: sites(), shows: 'none' });
    expect(quiet.text).toBe('');
    expect(plain(quiet.title).split('\n')).toEqual([
      'iEX Partner', 'a.example — ₽1,190.36 · 3 new', 'b.example — ₽50.00', '3 new referral bonuses',
    ]);
    const bad = acc('bad.example', cache({ lastError: error({ kind: 'unauthorized' }) }));
    expect(badgeView({ online: true, accounts: [...sites(), bad], shows: 'none' })).toMatchObject({ text: '!', color: BADGE_COLORS.error });
    expect(badgeView({ online: false, accounts: sites(), shows: 'none' }).text).toBe('');
  });

  it('two sites, one failing: each line has its balance, its own new count, or its problem', () => {
    setLocale('ru');
    const view = badgeView({
      online: true,
      accounts: [
        acc('alpha.example', cache({ arrivals: arrivals(2, T0) })),
        acc('down.example', cache({ arrivals: arrivals(1, T0), lastError: error({ kind: 'network' }) }, 50)),
        acc('bad.example', cache({ lastError: error({ kind: 'unauthorized' }) })),
      ],
    });
    expect(view).toMatchObject({ text: '3', color: BADGE_COLORS.error });
    expect(plain(view.title).split('\n')).toEqual([
      'iEX Partner',
      'alpha.example — 1 190,36 ₽ · 2 новых',
      'down.example — 50,00 ₽ (сайт не отвечает; попробуем снова) · 1 новый',
      'bad.example: API-ключ не принят. Откройте настройки и введите новый ключ.',
      '3 новых реферальных бонуса',
    ]);
  });
});
