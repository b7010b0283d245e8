/**
 * Issue 17's badge figure and alerts in Firefox (each build: MV3 and the shipped MV2), in one
 * browser: "The toolbar icon shows" switched on the options page (new count → today's earnings,
 * short → nothing → back); "you can request a payout now" once when the balance crosses the
 * minimum typed on the options page; a payout request announced, then its payment, in that
 * order; a partner percent change announced once. None of it on the first sync, which already
 * sees a paid payout and an open request.
 */
import { describe, expect, it } from 'vitest';
import { OPTIONS_VIEWPORT, useFirefox, type FirefoxDriver } from './harness';
import { uiPage } from './page';
import { connectAndSync, syncByAlarm, until } from '../shared/driver';
import { inLocale } from '../ui';
import type { ApiWithdrawal } from '../harness';
import { formatMoney } from '../../utils/format';
import { tAlerts } from '../../entrypoints/options/texts-alerts';
import { ta } from '../../entrypoints/background/texts-alerts';
import { tb } from '../../entrypoints/background/texts';
import { compactAmount } from '../../entrypoints/background/compact';

const start = useFirefox();

/** The notifications shown now, as id → message (Firefox's getAll gives each one's options). */
const shown = (d: FirefoxDriver) => d.probe.evaluate(`(async () => {
  const all = await browser.notifications.getAll();
  return Object.fromEntries(Object.entries(all).map(([id, n]) => [id, n.message]));
})()`) as Promise<Record<string, string>>;
const ids = async (d: FirefoxDriver, kind?: string) =>
  Object.keys(await shown(d)).filter((id) => !kind || id.startsWith(`${kind}:`)).sort();
const addExchanges = (d: FirefoxDriver, count: number, amount: number) => d.control('POST', 'exchanges', { count, amount });
const money = (amount: number) => inLocale('en-US', () => formatMoney(amount, 'RUB'));

describe('badge figure and alerts (Firefox)', () => {
  it("badge: new → today's earnings → nothing; payout-now once at the minimum; request then paid; a percent change once", async () => {
    // Before connecting: an old bonus, one payout paid and one still open; the first sync announces none.
    const d = await start({ mock: { exchanges: 0, withdrawals: 0, locale: 'en' } });
    await d.control('POST', 'exchanges', { amount: 100, ageMs: 3 * 86_400_000 });
    const { added: old } = await d.control<{ added: ApiWithdrawal }>('POST', 'payouts', { amount: '10' });
    await d.control('POST', `payouts/${old.id}/pay`);
    await d.control('POST', 'payouts', { amount: '5' });
    const connected = await connectAndSync(d);
    const { accountId } = connected;
    await connected.options.close();
    expect((await d.cache(accountId))?.summary?.balance).toBe(85);
    expect(await ids(d)).toEqual([]);

    // (1) What the toolbar icon shows, switched on a fresh options page.
    await addExchanges(d, 3, 500);
    await syncByAlarm(d, accountId);
    await until(() => d.badge(), (text) => text === '3', 'badge "3"');
    await d.clearNotifications();
    const raw = await d.openRaw('options.html', OPTIONS_VIEWPORT);
    const options = uiPage(raw, () => raw.close());
    await raw.waitForSelector('#badge-shows');
    await raw.select('#badge-shows', 'today');
    expect(await until(() => d.badge(), (text) => text !== '3', "today's earnings on the badge")).toBe(compactAmount(1500));
    expect(compactAmount(1500)).toBe('1.5k');
    await raw.select('#badge-shows', 'none');
    await until(() => d.badge(), (text) => text === '', 'no text on the badge');
    await raw.select('#badge-shows', 'new');
    await until(() => d.badge(), (text) => text === '3', 'badge "3" again');

    // (2) The minimum withdrawal: typed in the options (Tab commits it), crossed once.
    const minimum = 1700; // the balance is 1 585
    await options.fill(inLocale('en-US', () => tAlerts('minWithdrawal', { currency: 'RUB' })), String(minimum));
    await raw.keyboard.press('Tab');
    await until(
      () => d.probe.evaluate(`(async (key) => (await browser.storage.local.get(key))[key] ?? null)(${JSON.stringify(`prefs:${accountId}`)})`),
      (prefs) => (prefs as { minWithdrawal?: number } | null)?.minWithdrawal === minimum,
      'the minimum stored',
    );
    await addExchanges(d, 1, 50); // 1 635: below
    await syncByAlarm(d, accountId);
    expect(await ids(d, 'threshold')).toEqual([]);
    await addExchanges(d, 1, 80); // 1 715: crossed
    await syncByAlarm(d, accountId);
    await until(() => ids(d, 'threshold'), (list) => list.length > 0, 'the payout-now notification');
    expect((await shown(d))[`threshold:${accountId}`]).toBe(
      inLocale('en-US', () => ta('threshold', { balance: money(1715), minimum: money(minimum) })),
    );
    expect(await ids(d, 'threshold')).toEqual([`threshold:${accountId}`]);
    // Dismissed; still above after more bonuses: never again.
    await d.clearNotifications();
    await addExchanges(d, 1, 20);
    await syncByAlarm(d, accountId);
    await syncByAlarm(d, accountId);
    expect(await ids(d)).toEqual([`exchange:${accountId}:${(await d.control<{ exchanges: { id: number }[] }>('GET', 'state')).exchanges[0]!.id}`]);
    await d.clearNotifications();

    // (3) A payout request, then paid: the request notification first, the paid one after it.
    const { added } = await d.control<{ added: ApiWithdrawal }>('POST', 'payouts', { amount: '25.50' });
    await syncByAlarm(d, accountId);
    const request = `request:${accountId}:${added.id}`;
    await until(() => ids(d), (list) => list.length > 0, 'the request notification');
    expect(await shown(d)).toEqual({ [request]: inLocale('en-US', () => ta('payoutRequested', { amount: money(25.5) })) });
    await syncByAlarm(d, accountId);
    expect(await ids(d)).toEqual([request]);
    await d.control('POST', `payouts/${added.id}/pay`);
    await syncByAlarm(d, accountId);
    const paid = `payout:${accountId}:${added.id}:paid`;
    await until(() => ids(d), (list) => list.includes(paid), 'the paid notification');
    expect(await shown(d)).toEqual({
      [request]: inLocale('en-US', () => ta('payoutRequested', { amount: money(25.5) })),
      [paid]: inLocale('en-US', () => tb('payoutPaid', { amount: money(25.5) })),
    });
    await d.clearNotifications();

    // (4) The partner percent changes: announced once.
    const referrals = (await d.cache(accountId))!.summary!.referrals;
    await d.control('POST', 'partner', { percent: 0.75 });
    await syncByAlarm(d, accountId);
    await until(() => ids(d, 'rates'), (list) => list.length > 0, 'the percent notification');
    expect(await ids(d)).toEqual([`rates:${accountId}:0.75:${referrals}`]);
    await d.clearNotifications();
    await syncByAlarm(d, accountId);
    await syncByAlarm(d, accountId);
    expect(await ids(d)).toEqual([]);
  });
});
