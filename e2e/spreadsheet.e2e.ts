/**
 * Proof in a real spreadsheet: both files of each list are downloaded from the popup in real
 * Chromium (Russian UI with its default `;`, English UI with `,`), then opened by LibreOffice
 * headless the way a user's spreadsheet opens them (CSV: the import filter with the separator,
 * UTF-8 and the UI's locale; .xlsx as it is; scripts/spreadsheet.ts) and checked cell by cell
 * against the mock's own data: the date column is date cells, the amount column float cells equal
 * to the API's amounts, order ids text with every digit, no formula anywhere, Cyrillic intact.
 *
 * Without LibreOffice (`soffice`) the suite is skipped and says so, unless REQUIRE_SOFFICE=1 (CI
 * sets it), which turns the skip into a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readSpreadsheet, SOFFICE_MISSING, sofficePath, type SheetCell } from '../scripts/spreadsheet';
import { createdAtRange } from '../entrypoints/background/dates/relative';
import { parsePayoutDate } from '../entrypoints/background/dates/payout-date';
import { tExport, type ExportKey } from '../entrypoints/popup/texts-export';
import { tPopupDetails, type DetailsKey } from '../entrypoints/popup/texts-details';
import { useHarness, type MockState } from './harness';
import type { BrowserLang } from '../scripts/chromium';
import { chromiumDriver } from './shared/chromium';
import { connectAndSync } from './shared/driver';
import { CSV_MOCK } from './shared/scenarios';
import { inLocale } from './ui';

const skip = !sofficePath() && process.env.REQUIRE_SOFFICE !== '1';
if (skip) console.warn(`\ne2e/spreadsheet.e2e.ts: ${SOFFICE_MISSING}\n`);

const start = useHarness();
const dir = mkdtempSync(join(tmpdir(), 'iex-sheet-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Press a download button in the popup and keep the file; answers its path. */
async function download(popup: Page, name: string, as: string): Promise<string> {
  const [file] = await Promise.all([
    popup.waitForEvent('download', { timeout: 60_000 }),
    popup.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = join(dir, as);
  await file.saveAs(path);
  return path;
}

const two = (n: number) => String(n).padStart(2, '0');
const noFormula = (rows: SheetCell[][]) => expect(rows.flat().filter((c) => c.formula !== undefined)).toEqual([]);

function checkExchanges(rows: SheetCell[][], state: MockState, tx: (key: ExportKey) => string, now: number) {
  expect(rows[0]!.map((c) => c.text)).toEqual(['date', 'precision', 'amount', 'currency', 'orderId'].map((k) => tx(k as ExportKey)));
  const data = rows.slice(1);
  expect(data).toHaveLength(state.exchanges.length);
  state.exchanges.forEach((e, i) => {
    const [date, , amount, currency, order] = data[i]!;
    expect(date?.type).toBe('date');
    // The stored estimate lies in the interval the site's text stands for (read again now: ±10 min).
    const range = createdAtRange(e.attributes.created_at, now)!;
    const at = new Date(String(date!.value)).getTime();
    expect(at).toBeGreaterThanOrEqual(range.earliest - 10 * 60_000);
    expect(at).toBeLessThanOrEqual(range.latest + 10 * 60_000);
    expect(amount).toMatchObject({ type: 'float', value: e.attributes.amount });
    expect(currency?.text).toBe(e.attributes.currency);
    expect(order?.type).toBe('string');
    expect(String(order!.value).replace('\u2060', '')).toBe(String(e.attributes.order_id));
  });
  noFormula(rows);
}

function checkPayouts(rows: SheetCell[][], state: MockState, tx: (key: ExportKey) => string) {
  expect(rows[0]!.map((c) => c.text)).toEqual(['date', 'amount', 'currency', 'status', 'system'].map((k) => tx(k as ExportKey)));
  const data = rows.slice(1);
  expect(data).toHaveLength(state.withdrawals.length);
  state.withdrawals.forEach((w, i) => {
    const [date, amount, currency, status, system] = data[i]!;
    const wall = parsePayoutDate(w.attributes.created_at)!;
    const day = `${wall.year}-${two(wall.month)}-${two(wall.day)}`;
    const iso = `${day}T${two(wall.hour)}:${two(wall.minute)}:00`;
    expect(date?.type).toBe('date');
    // LibreOffice writes a date-time at midnight as the day alone (the same instant).
    expect(wall.hour === 0 && wall.minute === 0 ? [iso, day] : [iso]).toContain(date?.value);
    expect(amount).toMatchObject({ type: 'float', value: Number(w.attributes.charged_amount.amount) });
    expect(currency?.text).toBe(w.attributes.charged_amount.currency);
    expect(status?.text).toBe(tx(w.attributes.payout_status === 'paid' ? 'paid' : 'unpaid'));
    expect(system).toMatchObject({ type: 'string', value: w.attributes.charged_amount.name });
  });
  expect(data.some((r) => /[а-яё]/i.test(String(r[4]?.value)))).toBe(true);
  noFormula(rows);
}

const LANGS: [BrowserLang, ',' | ';', 'ru-RU' | 'en-US'][] = [['ru', ';', 'ru-RU'], ['en-US', ',', 'en-US']];

describe.skipIf(skip)('the downloads in LibreOffice', { timeout: 300_000 }, () => {
  it.each(LANGS)('UI %s: CSV (separator "%s") and .xlsx read as dates, numbers, whole ids, no formulas', async (lang, separator, language) => {
    const h = await start({ mock: CSV_MOCK, lang });
    await connectAndSync(chromiumDriver(h));
    const state = await h.mockState();
    const now = Date.now();
    const popup = await h.openPopup();
    const button = (key: DetailsKey) => inLocale(lang, () => tPopupDetails(key));
    const tx = (key: ExportKey) => inLocale(lang, () => tExport(key));
    const files = {
      exchangesCsv: await download(popup, button('exchangesCsv'), `${lang}-exchanges.csv`),
      payoutsCsv: await download(popup, button('payoutsCsv'), `${lang}-payouts.csv`),
      exchangesXlsx: await download(popup, button('exchangesXlsx'), `${lang}-exchanges.xlsx`),
      payoutsXlsx: await download(popup, button('payoutsXlsx'), `${lang}-payouts.xlsx`),
    };
    const csv = { separator, language } as const;
    checkExchanges(await readSpreadsheet(files.exchangesCsv, csv), state, tx, now);
    checkPayouts(await readSpreadsheet(files.payoutsCsv, csv), state, tx);
    checkExchanges(await readSpreadsheet(files.exchangesXlsx), state, tx, now);
    checkPayouts(await readSpreadsheet(files.payoutsXlsx), state, tx);
  });
});

if (skip) it.skip(SOFFICE_MISSING, () => {});
