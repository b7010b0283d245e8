/**
 * What LibreOffice Calc makes of our files: CSV encodings per locale, and the .xlsx writer.
 * These are the findings the export's columns are designed on; each `expect` is one of them.
 * Skipped, saying so, when LibreOffice is missing; REQUIRE_SOFFICE=1 (CI) makes that a failure.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildXlsx } from '../../entrypoints/popup/export/xlsx';
import {
  readSpreadsheet,
  SOFFICE_MISSING,
  sofficePath,
  type CsvImport,
  type SheetCell,
} from '../../scripts/spreadsheet';

const soffice = sofficePath();
const dir = mkdtempSync(join(tmpdir(), 'iex-sheet-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const WJ = '\u2060'; // word joiner: invisible, not a digit

/** One CSV of named probe columns → the second row's cells by name. */
async function probe(name: string, columns: [string, string][], opts: CsvImport): Promise<Record<string, SheetCell>> {
  const sep = opts.separator;
  const file = join(dir, `${name}.csv`);
  const lines = [columns.map((c) => c[0]).join(sep), columns.map((c) => c[1]).join(sep)];
  writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
  const rows = await readSpreadsheet(file, opts);
  expect(rows[0]?.map((c) => c.text)).toEqual(columns.map((c) => c[0]));
  return Object.fromEntries(columns.map(([key], i) => [key, rows[1]?.[i] ?? { type: 'empty', value: null, text: '' }]));
}

const kinds = (cells: Record<string, SheetCell>) =>
  Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, `${c.type} ${String(c.value)}`]));

describe.skipIf(!soffice && process.env.REQUIRE_SOFFICE !== '1')('LibreOffice reads our files', { timeout: 120_000 }, () => {
  it('ru-RU with ";": "," decimals are numbers, "." ones text; dates with or without "T"; ids need a non-digit', async () => {
    const cells = await probe('ru', [
      ['date_space', '2026-11-24 06:42'], ['date_T', '2026-11-24T06:42:00'], ['date_dmy', '24.11.2026 06:42'],
      ['date_zone', '2026-11-24T06:42:00+00:00'], ['amount_comma', '1190,36'], ['amount_dot', '1190.36'],
      ['small_dot', '10.05'], ['amount_quoted', q('95,18')], ['id_plain', '000123'], ['id_quoted', q('000123')],
      ['id20_quoted', q('12345678901234567890')], ['id_wj', `${WJ}000123`], ['id_tab', q('\t000123')],
      ['id_apostrophe', "'000123"], ['cyrillic', q('Сбербанк RUB; "кавычки"')], ['guarded', "'=1+1"],
    ], { separator: ';', language: 'ru-RU' });
    expect(kinds(cells)).toEqual({
      date_space: 'date 2026-11-24T06:42:00', date_T: 'date 2026-11-24T06:42:00', date_dmy: 'date 2026-11-24T06:42:00',
      date_zone: 'string 2026-11-24T06:42:00+00:00', amount_comma: 'float 1190.36', amount_dot: 'string 1190.36',
      small_dot: 'string 10.05', amount_quoted: 'float 95.18', id_plain: 'float 123', id_quoted: 'float 123',
      id20_quoted: 'float 12345678901234600000', id_wj: `string ${WJ}000123`, id_tab: 'string \t000123',
      id_apostrophe: "string '000123", cyrillic: 'string Сбербанк RUB; "кавычки"', guarded: "string '=1+1",
    });
    expect(Object.values(cells).some((c) => c.formula !== undefined)).toBe(false);
  });

  it('en-US with ",": "." decimals are numbers, "," ones text; d.m.y is not a date', async () => {
    const cells = await probe('en', [
      ['date_space', '2026-11-24 06:42'], ['date_T', '2026-11-24T06:42:00'], ['date_dmy', '24.11.2026 06:42'],
      ['amount_dot', '1190.36'], ['amount_comma_quoted', q('1190,36')], ['id_quoted', q('000123')],
      ['id13', '1713350854300'], ['id_wj', `${WJ}000123`],
    ], { separator: ',', language: 'en-US' });
    expect(kinds(cells)).toEqual({
      date_space: 'date 2026-11-24T06:42:00', date_T: 'date 2026-11-24T06:42:00', date_dmy: 'string 24.11.2026 06:42',
      amount_dot: 'float 1190.36', amount_comma_quoted: 'string 1190,36', id_quoted: 'float 123',
      id13: 'float 1713350854300', id_wj: `string ${WJ}000123`,
    });
  });

  it('with "detect special numbers" off, only ISO dates with "T" and seconds (or no time) stay dates', async () => {
    for (const language of ['ru-RU', 'en-US'] as const) {
      const cells = await probe(`plain-${language}`, [
        ['date_space', '2026-11-24 06:42'], ['date_space_sec', '2026-11-24 06:42:00'], ['date_T_min', '2026-11-24T06:42'],
        ['date_T', '2026-11-24T06:42:00'], ['date_only', '2026-11-24'],
      ], { separator: ';', language, detectSpecialNumbers: false });
      expect(kinds(cells), language).toEqual({
        date_space: 'string 2026-11-24 06:42', date_space_sec: 'string 2026-11-24 06:42:00',
        date_T_min: 'string 2026-11-24T06:42', date_T: 'date 2026-11-24T06:42:00', date_only: 'date 2026-11-24',
      });
    }
  });

  it('"quoted field as text" keeps quoted ids whole, but makes quoted amounts text too', async () => {
    const cells = await probe('quoted', [
      ['id_quoted', q('000123')], ['id20_quoted', q('12345678901234567890')], ['amount_quoted', q('95,18')], ['amount', '95,18'],
    ], { separator: ';', language: 'ru-RU', quotedAsText: true });
    expect(kinds(cells)).toEqual({
      id_quoted: 'string 000123', id20_quoted: 'string 12345678901234567890', amount_quoted: 'string 95,18', amount: 'float 95.18',
    });
  });

  it('a CSV cell starting with "=" is a formula even when quoted; the "\'" guard keeps it text', async () => {
    const cells = await probe('formulas', [
      ['eq', '=1+1'], ['eq_quoted', q('=1+1')], ['hyperlink', q('=HYPERLINK("http://x";"y")')], ['plus', '+1+1'],
      ['minus', '-1+1'], ['at', '@SUM(1)'], ['guarded', "'=1+1"], ['tab', q('\t=1+1')],
    ], { separator: ';', language: 'ru-RU' });
    expect(Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.formula ?? `${c.type} ${String(c.value)}`]))).toEqual({
      eq: 'of:=1+1', eq_quoted: 'of:=1+1', hyperlink: 'of:=HYPERLINK("http://x";"y")', plus: 'string +1+1',
      minus: 'string -1+1', at: 'string @SUM(1)', guarded: "string '=1+1", tab: 'string \t=1+1',
    });
  });

  it('an .xlsx from buildXlsx opens with real dates, numbers, whole ids, no formulas, Cyrillic intact', async () => {
    const file = join(dir, 'export.xlsx');
    writeFileSync(file, buildXlsx({
      name: 'Обмены',
      columns: [
        { header: 'Дата', type: 'date' }, { header: 'Сумма', type: 'number' }, { header: 'Заказ', type: 'text' },
        { header: 'Платёжная система', type: 'text' },
      ],
      rows: [
        [new Date(2026, 10, 24, 6, 42), 95.18, '000123', 'Сбербанк RUB'],
        [new Date(2024, 4, 11, 9, 42), '1190.36', '12345678901234567890', '=HYPERLINK("http://evil","x")'],
        [null, 0.1, '1713350854300', '@SUM(A1)'],
      ],
    }));
    const rows = await readSpreadsheet(file);
    expect(rows.map((r) => r.map((c) => `${c.type} ${String(c.value)}`))).toEqual([
      ['string Дата', 'string Сумма', 'string Заказ', 'string Платёжная система'],
      ['date 2026-11-24T06:42:00', 'float 95.18', 'string 000123', 'string Сбербанк RUB'],
      ['date 2024-05-11T09:42:00', 'float 1190.36', 'string 12345678901234567890', 'string =HYPERLINK("http://evil","x")'],
      ['empty null', 'float 0.1', 'string 1713350854300', 'string @SUM(A1)'],
    ]);
    expect(rows.flat().some((c) => c.formula !== undefined)).toBe(false);
  });
});

if (!soffice && process.env.REQUIRE_SOFFICE !== '1') it.skip(SOFFICE_MISSING, () => {});
