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
import { tExport, type ExportKey } from '../../entrypoints/popup/texts-export';
import { CSV_BUILT } from '../../entrypoints/popup/export/csv-parts';
import { createdAtRange } from '../../entrypoints/background/dates/relative';
import { parsePayoutDate } from '../../entrypoints/background/dates/payout-date';
import { inLocale, localeOf, sameSpaces } from '../ui';
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

function parseCsv(text: string, separator: ',' | ';'): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads the Cyrillic right
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, delimiter: separator });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const PRECISIONS = ['exact', 'hour', 'day', 'week', 'month', 'year'] as const;
const CSV_DATE = /^\d{4}-\d\d-\d\d \d\d:\d\d$/;
/** A CSV date cell ("2026-11-24 09:42", local time) as epoch ms. */
const csvDateMs = (cell: string) => new Date(cell.replace(' ', 'T')).getTime();

/**
 * Exchanges and payouts CSV are real downloads that match the site row for row: headers in the UI
 * language, dates the site's texts stand for, amounts in the separator's convention, order ids whole
 * behind the invisible word joiner, payout status in words, Cyrillic intact.
 */
export async function csvMatchesSite(d: Driver): Promise<void> {
  await connectAndSync(d);
  const state = await mockState(d);
  const popup = await d.openPopup();
  const tx = (key: ExportKey) => inLocale(d.lang, () => tExport(key));
  const separator = localeOf(d.lang) === 'ru' ? ';' : ',';
  const amountOf = (cell: string | undefined) => (separator === ';' ? (cell ?? '').replace(',', '.') : cell ?? '');

  const exchanges = await d.download(popup, inLocale(d.lang, () => tPopupDetails('exchangesCsv')));
  expect(exchanges.fileName).toMatch(/^iex-partner-127\.0\.0\.1_\d+-exchanges-\d{4}-\d\d-\d\d\.csv$/);
  const exchangeRows = parseCsv(exchanges.text, separator);
  expect(Object.keys(exchangeRows[0] ?? {})).toEqual(['date', 'precision', 'amount', 'currency', 'orderId'].map((k) => tx(k as ExportKey)));
  expect(exchangeRows).toHaveLength(state.exchanges.length);
  const now = Date.now();
  state.exchanges.forEach((e, i) => {
    const row = exchangeRows[i]!;
    expect(Number(amountOf(row[tx('amount')]))).toBe(e.attributes.amount);
    expect(row[tx('orderId')]).toBe(`\u2060${e.attributes.order_id}`);
    expect(row[tx('currency')]).toBe(e.attributes.currency);
    // History of the first sync: the date the site's relative text stands for, with its precision.
    // The text is read again now, seconds after the sync: it may have crossed into the next unit
    // ("59 minutes ago" → "1 hour ago"), so the sync's precision is this one or the next finer.
    const range = createdAtRange(e.attributes.created_at, now)!;
    const finer = PRECISIONS[Math.max(0, PRECISIONS.indexOf(range.precision) - 1)]!;
    expect([tx(range.precision), tx(finer)]).toContain(row[tx('precision')]);
    expect(row[tx('date')]).toMatch(CSV_DATE);
    const at = csvDateMs(row[tx('date')]!);
    expect(at).toBeGreaterThanOrEqual(range.earliest - 10 * 60_000);
    expect(at).toBeLessThanOrEqual(range.latest + 10 * 60_000);
  });
  await popup.waitForText(inLocale(d.lang, () => tPopupDetails('exported', { count: state.exchanges.length })));

  const payouts = await d.download(popup, inLocale(d.lang, () => tPopupDetails('payoutsCsv')));
  expect(payouts.fileName).toMatch(/-payouts-\d{4}-\d\d-\d\d\.csv$/);
  const payoutRows = parseCsv(payouts.text, separator);
  expect(Object.keys(payoutRows[0] ?? {})).toEqual(['date', 'amount', 'currency', 'status', 'system'].map((k) => tx(k as ExportKey)));
  expect(payoutRows).toHaveLength(state.withdrawals.length);
  state.withdrawals.forEach((w, i) => {
    const row = payoutRows[i]!;
    const charged = w.attributes.charged_amount;
    expect(amountOf(row[tx('amount')])).toBe(charged.amount); // the exact decimal string, not re-rounded
    expect(row[tx('currency')]).toBe(charged.currency);
    expect(row[tx('system')]).toBe(charged.name);
    expect(row[tx('status')]).toBe(tx(w.attributes.payout_status === 'paid' ? 'paid' : 'unpaid'));
    // "11 мая 2024 09:42" (the site's wall clock) → "2024-05-11 09:42".
    const wall = parsePayoutDate(w.attributes.created_at)!;
    const two = (n: number) => String(n).padStart(2, '0');
    expect(row[tx('date')]).toBe(`${wall.year}-${two(wall.month)}-${two(wall.day)} ${two(wall.hour)}:${two(wall.minute)}`);
  });
  expect(payoutRows.some((r) => /[а-яё]/i.test(r[tx('system')] ?? ''))).toBe(true);
}

/** A history past one sync's page cap and past the size from which the CSV is built on two threads. */
export const LARGE_CSV_MOCK = { exchanges: 25_000, withdrawals: 3 } as const;

/**
 * The CSV of a large history: the export walks the rest of the list in, then the popup and a Worker
 * each build shares of the file (entrypoints/popup/export/csv-parts.ts). Every row once, newest
 * first as the site lists them, and the worker did build some of them.
 */
export async function largeCsvOnTwoThreads(d: Driver): Promise<void> {
  await connectAndSync(d);
  const { exchanges } = await mockState(d);
  const popup = await d.openPopup();
  const file = await d.download(popup, inLocale(d.lang, () => tPopupDetails('exchangesCsv')));
  const separator = localeOf(d.lang) === 'ru' ? ';' : ',';
  const orderIds = parseCsv(file.text, separator).map((row) => row[inLocale(d.lang, () => tExport('orderId'))]);
  expect(orderIds).toHaveLength(exchanges.length);
  expect(orderIds).toEqual(exchanges.map((e) => `\u2060${e.attributes.order_id}`));
  const built = (await popup.markDetail(CSV_BUILT)) as { shares: number; byWorker: number } | null;
  expect(built?.shares).toBe(3);
  expect(built?.byWorker).toBeGreaterThan(0);
}
