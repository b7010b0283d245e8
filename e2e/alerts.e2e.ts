/**
 * Issue 17's alerts in real Chromium: "you can request a payout now" fires once when the balance
 * crosses the minimum withdrawal entered on the options page (again only after it fell below);
 * a payout request is announced when it appears and then when it is paid, in that order, nothing
 * on the first sync; a change of the partner percent or the referral count is announced once (none on the
 * first sync, none when switched off); the new-bonus sound opens Chrome's offscreen document only when switched on.
 */
import { describe, expect, it } from 'vitest';
import { inLocale, useHarness, type ApiWithdrawal, type Harness } from './harness';
import { tAlerts } from '../entrypoints/options/texts-alerts';

const start = useHarness();

const addExchange = (h: Harness, amount: number) => h.control('POST', 'exchanges', { count: 1, amount });
const balance = async (h: Harness, accountId: string) => (await h.cache(accountId))!.summary!.balance;
const alertIds = async (h: Harness, kind: string) => (await h.notificationIds()).filter((id) => id.startsWith(`${kind}:`));
const clearNotifications = (h: Harness) => h.sw.evaluate(async () => {
  for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
});

describe('minimum withdrawal', () => {
  it('entered on the options page; the notification fires once when the balance crosses it, again after it fell below', async () => {
    const h = await start();
    const { options, accountId } = await h.connectAndSync();
    expect(await h.notificationIds()).toEqual([]);
    const minimum = Math.floor(await balance(h, accountId)) + 100;

    const label = inLocale(h.lang, () => tAlerts('minWithdrawal', { currency: 'RUB' })).replace(/, RUB$/, '');
    const field = options.getByLabel(new RegExp(`^${label}`));
    await field.fill(String(minimum));
    await field.press('Tab');
    await h.until(
      () => h.sw.evaluate(async (key) => (await chrome.storage.local.get(key))[key] as { minWithdrawal: number | null } | undefined, `prefs:${accountId}`),
      (prefs) => prefs?.minWithdrawal === minimum,
      'the minimum stored',
    );

    await addExchange(h, 50);
    await h.syncByAlarm(accountId);
    expect(await alertIds(h, 'threshold')).toEqual([]);

    await addExchange(h, 80);
    await h.syncByAlarm(accountId);
    expect(await h.until(() => alertIds(h, 'threshold'), (ids) => ids.length > 0, 'the payout-now notification')).toEqual([`threshold:${accountId}`]);

    // Dismissed; more bonuses above the minimum bring it back never.
    await clearNotifications(h);
    await addExchange(h, 20);
    await h.syncByAlarm(accountId);
    await h.syncByAlarm(accountId);
    expect(await alertIds(h, 'threshold')).toEqual([]);

    // A payout request takes the balance below (it is now the minimum + 50); a big bonus lifts it over again: once more.
    await h.control('POST', 'payouts', { amount: '100' });
    await h.syncByAlarm(accountId);
    expect(await balance(h, accountId)).toBeLessThan(minimum);
    expect(await alertIds(h, 'threshold')).toEqual([]);
    await addExchange(h, 400);
    await h.syncByAlarm(accountId);
    expect(await h.until(() => alertIds(h, 'threshold'), (ids) => ids.length > 0, 'the second payout-now notification')).toEqual([`threshold:${accountId}`]);
  });
});

describe('payout request → paid', () => {
  it('"request seen" first, "paid" after it, one each; the first sync announced none of the seeded payouts', async () => {
    const h = await start();
    const { accountId } = await h.connectAndSync();
    expect((await h.mockState()).withdrawals.length).toBeGreaterThan(0);
    expect(await h.notificationIds()).toEqual([]);

    const { added } = await h.control<{ added: ApiWithdrawal }>('POST', 'payouts', { amount: '25.50' });
    await h.syncByAlarm(accountId);
    const afterRequest = await h.until(() => h.notificationIds(), (ids) => ids.length > 0, 'the request notification');
    expect(afterRequest).toEqual([`request:${accountId}:${added.id}`]);
    await h.syncByAlarm(accountId);
    expect(await h.notificationIds()).toEqual(afterRequest);

    await h.control('POST', `payouts/${added.id}/pay`);
    await h.syncByAlarm(accountId);
    const afterPaid = await h.until(() => h.notificationIds(), (ids) => ids.length > 1, 'the paid notification');
    expect(afterPaid.sort()).toEqual([`payout:${accountId}:${added.id}:paid`, `request:${accountId}:${added.id}`].sort());
  });
});

describe('rate watch', () => {
  it('a percent change notifies once, a referral-count change notifies, none on the first sync; switched off, none', async () => {
    const h = await start();
    const { options, accountId } = await h.connectAndSync();
    expect(await h.notificationIds()).toEqual([]);
    const { percent_referral: percent, count_referral: referrals } = (await h.mockState()).summary.attributes;

    await h.control('POST', 'partner', { percent: 0.75 });
    await h.syncByAlarm(accountId);
    const first = await h.until(() => alertIds(h, 'rates'), (ids) => ids.length > 0, 'the percent notification');
    expect(first).toEqual([`rates:${accountId}:0.75:${referrals}`]);
    await clearNotifications(h);
    await h.syncByAlarm(accountId); // nothing changed since: nothing again
    await h.syncByAlarm(accountId);
    expect(await alertIds(h, 'rates')).toEqual([]);

    await h.control('POST', 'partner', { referrals: referrals + 2 });
    await h.syncByAlarm(accountId);
    expect(await h.until(() => alertIds(h, 'rates'), (ids) => ids.length > 0, 'the referrals notification'))
      .toEqual([`rates:${accountId}:0.75:${referrals + 2}`]);
    await clearNotifications(h);

    await options.getByLabel(inLocale(h.lang, () => tAlerts('notifyRates'))).uncheck();
    await h.until(
      () => h.sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { notifyRates?: boolean } | undefined)?.notifyRates),
      (on) => on === false,
      'rate watch switched off',
    );
    await h.control('POST', 'partner', { percent, referrals: referrals + 5 });
    await h.syncByAlarm(accountId);
    expect((await h.cache(accountId))!.summary).toMatchObject({ percent, referrals: referrals + 5 });
    expect(await h.notificationIds()).toEqual([]);
  });
});

describe('new-bonus sound', () => {
  /** Watches, inside the worker, for the offscreen document during `during()`; its URL or null. */
  async function offscreenDuring(h: Harness, during: () => Promise<unknown>): Promise<string | null> {
    const watching = h.sw.evaluate(async () => {
      const until = Date.now() + 4000;
      while (Date.now() < until) {
        const [found] = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
        // documentUrl may still be empty while the document loads: its existence is what counts.
        if (found) return found.documentUrl ?? '';
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return null;
    });
    await during();
    return watching;
  }

  it('off by default: no offscreen document; switched on: one for a sync with new bonuses', async () => {
    const h = await start();
    const { options, accountId } = await h.connectAndSync();

    expect(await offscreenDuring(h, async () => { await addExchange(h, 10); await h.syncByAlarm(accountId); })).toBeNull();

    await options.getByLabel(inLocale(h.lang, () => tAlerts('sound'))).check();
    await h.until(
      () => h.sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { sound?: boolean } | undefined)?.sound),
      (sound) => sound === true,
      'the sound switched on',
    );
    const url = await offscreenDuring(h, async () => { await addExchange(h, 10); await h.syncByAlarm(accountId); });
    expect(url).not.toBeNull();
    if (url) expect(url).toMatch(/^chrome-extension:\/\/[a-p]{32}\/offscreen\.html$/);
  });
});

declare const chrome: typeof import('@wxt-dev/browser').Browser;
