/**
 * Scenarios both browsers run, written once against `Driver` (e2e/shared/driver.ts):
 * the Chromium suite (e2e/*.e2e.ts) and the Firefox suite (e2e/firefox/*.e2e.ts) call these
 * instead of keeping copies. Browser-only steps (Chromium's worker restart, Firefox's real
 * permission prompt and event page) stay in their own suites.
 */
import { expect } from 'vitest';
import Papa from 'papaparse';
import { formatMoney } from '../../utils/format';
import { tOptions } from '../../entrypoints/options/texts';
import { tPopupDetails } from '../../entrypoints/popup/texts-details';
import { inLocale, sameSpaces } from '../ui';
import { connectAndSync, syncByAlarm, until, type Driver, type UiPage } from './driver';
import type { ApiExchange, MockState } from '../harness';

const mockState = (d: Driver) => d.control<MockState>('GET', 'state');

/** The popup's balance as the user reads it. */
export async function popupBalance(d: Driver, popup: UiPage): Promise<string> {
  const selector = 'output.balance';
  await until(() => popup.count(selector), (n) => n === 1, 'the balance in the popup');
  return sameSpaces(await popup.text(selector));
}

/** Connect through the options page: preview with the site's balance, badge "?" → "", the popup shows it. */
export async function connectShowsBalance(d: Driver): Promise<void> {
  await until(() => d.badge(), (text) => text === '?', 'the setup badge "?"');
  const { options, accountId } = await connectAndSync(d);
  const { summary } = await mockState(d);
  const balance = inLocale(d.lang, () => formatMoney(summary.attributes.balance, summary.attributes.iso_code));
  const preview = inLocale(d.lang, () => tOptions('balance', { amount: balance }));
  await until(async () => sameSpaces(await options.text('.preview')), (text) => text.includes(sameSpaces(preview)), 'the preview');

  // History found on the first sync counts as seen.
  expect(await d.badge()).toBe('');
  expect((await d.cache(accountId))?.lastError).toBeNull();

  const popup = await d.openPopup();
  expect(await popupBalance(d, popup)).toBe(sameSpaces(balance));
  expect(await popup.count('.note-error')).toBe(0);
  expect(await d.badge()).toBe('');
}

const byId = (ids: string[]) => [...ids].sort();

/** Rows of the popup's lists that carry the visible "New" label. */
export const countNewRows = (d: Driver, popup: UiPage) => popup.count('li', inLocale(d.lang, () => tPopupDetails('new')));

/** 3 new exchanges → badge "3", one notification each; the popup marks them new and clears badge and notifications. */
export async function newExchangesNotifyAndPopupClears(d: Driver): Promise<void> {
  const { options, accountId } = await connectAndSync(d);
  await options.close();
  const { added } = await d.control<{ added: ApiExchange[] }>('POST', 'exchanges', { count: 3 });

  await syncByAlarm(d, accountId);
  await until(() => d.badge(), (text) => text === '3', 'badge "3"');
  const ids = await until(() => d.notificationIds(), (list) => list.length >= 3, 'three notifications');
  expect(byId(ids)).toEqual(byId(added.map((e) => `exchange:${accountId}:${e.id}`)));

  const popup = await d.openPopup();
  await until(() => d.badge(), (text) => text === '', 'the badge to clear once the popup shows them');
  await until(() => countNewRows(d, popup), (n) => n === 3, 'three rows marked new');
  for (const exchange of added) {
    const order = inLocale(d.lang, () => tPopupDetails('order', { id: String(exchange.attributes.order_id) }));
    expect(await popup.count('li', order)).toBe(1);
  }
  // Seen exchanges' notifications go away with the badge.
  await until(() => d.notificationIds(), (list) => list.length === 0, 'the exchange notifications to clear');
}

/** The mock behind the CSV scenario: more than one API page of each list (at most 100 per page), Russian texts. */
export const CSV_MOCK = { exchanges: 250, withdrawals: 130, locale: 'ru' } as const;

function parseCsv(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads the Cyrillic right
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Exchanges and payouts CSV are real downloads that match the site row for row, Cyrillic intact. */
export async function csvMatchesSite(d: Driver): Promise<void> {
  await connectAndSync(d);
  const state = await mockState(d);
  const popup = await d.openPopup();

  const exchanges = await d.download(popup, inLocale(d.lang, () => tPopupDetails('exchangesCsv')));
  expect(exchanges.fileName).toMatch(/^iex-partner-127\.0\.0\.1_\d+-exchanges-\d{4}-\d\d-\d\d\.csv$/);
  const exchangeRows = parseCsv(exchanges.text);
  expect(exchangeRows).toHaveLength(state.exchanges.length);
  expect(exchangeRows.map((r) => Number(r.ID))).toEqual(state.exchanges.map((e) => e.id));
  state.exchanges.forEach((e, i) => {
    const row = exchangeRows[i]!;
    expect(Number(row.Amount)).toBe(e.attributes.amount);
    expect(row['Order ID']).toBe(String(e.attributes.order_id));
    expect(row.Currency).toBe(e.attributes.currency);
    expect(row.Status).toBe(e.attributes.status);
    expect(row.Created).toBe(e.attributes.created_at);
  });
  expect(exchangeRows.some((r) => /[а-яё]/i.test(r.Created ?? ''))).toBe(true);
  await popup.waitForText(inLocale(d.lang, () => tPopupDetails('exported', { count: state.exchanges.length })));

  const payouts = await d.download(popup, inLocale(d.lang, () => tPopupDetails('payoutsCsv')));
  expect(payouts.fileName).toMatch(/-payouts-\d{4}-\d\d-\d\d\.csv$/);
  const payoutRows = parseCsv(payouts.text);
  expect(payoutRows).toHaveLength(state.withdrawals.length);
  expect(payoutRows.map((r) => Number(r.ID))).toEqual(state.withdrawals.map((w) => w.id));
  state.withdrawals.forEach((w, i) => {
    const row = payoutRows[i]!;
    const charged = w.attributes.charged_amount;
    expect(row.Amount).toBe(charged.amount); // the exact decimal string, not re-rounded
    expect(row.Currency).toBe(charged.currency);
    expect(row['Payment system']).toBe(charged.name);
    expect(row.Status).toBe(w.attributes.payout_status);
    expect(row.Created).toBe(w.attributes.created_at);
  });
  expect(payoutRows.some((r) => /[а-яё]/i.test(`${r['Payment system']} ${r.Created}`))).toBe(true);
}
