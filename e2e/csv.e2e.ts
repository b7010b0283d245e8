/**
 * CSV downloads from the popup: a real browser download, parsed back with papaparse and
 * compared row by row with the mock's own data (count, ids, amounts, Cyrillic, BOM).
 * The history spans several API pages, so the export has to walk them all.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { inLocale, useHarness, type Harness } from './harness';
import { tPopupDetails } from '../entrypoints/popup/texts-details';

const start = useHarness();

/** Click a CSV button as the user would; answer the downloaded file's name and text. */
async function download(h: Harness, popup: Page, button: 'exchangesCsv' | 'payoutsCsv') {
  const name = inLocale(h.lang, () => tPopupDetails(button));
  const [file] = await Promise.all([
    popup.waitForEvent('download', { timeout: 30_000 }),
    popup.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

function parse(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads the Cyrillic right
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV export', () => {
  it('exchanges and payouts: every row matches the site, Cyrillic intact', async () => {
    // 250 exchanges and 130 payouts: more than one API page of each (at most 100 per page).
    const h = await start({ mock: { exchanges: 250, withdrawals: 130, locale: 'ru' } });
    await h.connectAndSync();
    const state = await h.mockState();
    const popup = await h.openPopup();

    const exchanges = await download(h, popup, 'exchangesCsv');
    expect(exchanges.fileName).toMatch(/^iex-partner-127\.0\.0\.1_\d+-exchanges-\d{4}-\d\d-\d\d\.csv$/);
    const exchangeRows = parse(exchanges.text);
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
    const done = inLocale(h.lang, () => tPopupDetails('exported', { count: state.exchanges.length }));
    await popup.getByText(done, { exact: true }).waitFor();

    const payouts = await download(h, popup, 'payoutsCsv');
    expect(payouts.fileName).toMatch(/-payouts-\d{4}-\d\d-\d\d\.csv$/);
    const payoutRows = parse(payouts.text);
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
  });
});
