import { afterEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  BOM, WORD_JOINER, cellText, csvDate, csvFileName, exchangesCsv, payoutsCsv, type CsvSeparator,
} from '../../../../entrypoints/popup/export/csv';
import { setLocale } from '../../../../utils/i18n';
import type { ExchangeRecord, PayoutRecord } from '../../../../utils/model';

const NASTY = [
  'plain',
  'with "quotes" inside',
  'comma, separated',
  'semi; colon',
  'line\nbreak',
  'carriage\r\nreturn',
  '=HYPERLINK("http://x","y")',
  '-1+2',
  '@SUM(A1)',
  '+7',
  '\tTab first',
  '\rCR first',
  'Сбербанк RUB «кавычки»',
  '',
  "'already quoted",
];

const exchange = (i: number, text: string): ExchangeRecord => ({
  id: 1000 + i,
  orderId: text,
  amount: i % 2 ? 95.18 : -0.5,
  currency: 'rub',
  status: text,
  createdText: text,
  firstSeenAt: Date.UTC(2026, 10, 24, 6, 42, i),
  live: true,
  createdAt: Date.UTC(2026, 10, 24 - i, 6, 42),
  createdPrecision: i % 2 ? 'day' : 'exact',
});

const payout = (i: number, text: string): PayoutRecord => ({
  id: i + 1,
  createdText: text,
  status: i % 2 ? 'paid' : text,
  amount: i % 2 ? '1190.36' : '0.10',
  currency: 'RUB',
  system: text,
  firstSeenAt: 0,
  createdAt: new Date(2024, 4, 11, 9, 42).getTime(),
});

/** Parses our CSV back and removes the formula guard from text cells that got one. */
function parseBack(csv: string, separator: CsvSeparator): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter: separator, newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  expect(rows.at(-1)).toEqual(['']); // the file ends with CRLF
  return rows.slice(0, -1);
}
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** An order id cell back to the id: the joiner (and the guard before it, if any) removed. */
const unjoin = (cell: string) => cell.replace(/^'?\u2060/, '');

describe('CSV files', () => {
  afterEach(() => setLocale(null));

  it.each<CsvSeparator>([',', ';'])('exchanges survive a round trip through papaparse (separator %s)', (separator) => {
    setLocale('en');
    const rows = NASTY.map((text, i) => exchange(i, text));
    const csv = exchangesCsv(rows, separator);
    // Records end with CRLF (a bare LF only appears inside a quoted value).
    expect(csv.indexOf('\n')).toBe(csv.indexOf('\r\n') + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...back] = parseBack(csv, separator);
    expect(header).toEqual(['Date', 'Date precision', 'Amount', 'Currency', 'Order ID']);
    expect(back).toHaveLength(rows.length);
    back.forEach((cells, i) => {
      const row = rows[i]!;
      expect(cells[0]).toBe(csvDate(row.createdAt!));
      expect(cells[1]).toBe(i % 2 ? '≈ day' : 'exact');
      expect(Number(cells[2]!.replace(',', '.'))).toBe(row.amount);
      expect(cells[3]).toBe('rub');
      expect(cells[4]!.startsWith(WORD_JOINER) || cells[4]!.startsWith(`'${WORD_JOINER}`)).toBe(true);
      expect(unjoin(cells[4]!)).toBe(row.orderId);
    });
  });

  it('a row without a date (stored before dates, or unreadable text) has an empty date and says "unknown"', () => {
    setLocale('ru');
    const { createdAt: _a, createdPrecision: _p, ...old } = exchange(1, '7');
    const [header, row] = parseBack(exchangesCsv([old], ';'), ';');
    expect(header).toEqual(['Дата', 'Точность даты', 'Сумма', 'Валюта', 'Номер заявки']);
    expect(row).toEqual(['', 'неизвестна', '95,18', 'rub', `${WORD_JOINER}7`]);
  });

  it('a guarded cell is the only change: dangerous text starts with a quote mark in the file', () => {
    const [, ...back] = parseBack(exchangesCsv(NASTY.map((t, i) => exchange(i, t)), ','), ',');
    const cellsOf = (text: string) => back[NASTY.indexOf(text)]!;
    expect(cellsOf('=HYPERLINK("http://x","y")')[4]).toBe(`'${WORD_JOINER}=HYPERLINK("http://x","y")`);
    // Behind the joiner a line break no longer starts the cell; one before a sign still gets the guard.
    expect(cellsOf('\rCR first')[4]).toBe(`${WORD_JOINER}\rCR first`);
    expect(cellText('id', '\r=1+1', ',')).toBe(`"'${WORD_JOINER}\r=1+1"`);
    expect(cellsOf('Сбербанк RUB «кавычки»')[4]).toBe(`${WORD_JOINER}Сбербанк RUB «кавычки»`);
    // Amounts stay numbers, even negative ones.
    expect(cellsOf('plain')[2]).toBe('-0.5');
  });

  it.each<CsvSeparator>([',', ';'])('payouts survive a round trip, exact amounts untouched (separator %s)', (separator) => {
    setLocale('en');
    const rows = NASTY.map((text, i) => payout(i, text));
    const [header, ...back] = parseBack(payoutsCsv(rows, separator), separator);
    expect(header).toEqual(['Date', 'Amount', 'Currency', 'Status', 'Payment system']);
    back.forEach((cells, i) => {
      const row = rows[i]!;
      const amount = separator === ';' ? row.amount.replace('.', ',') : row.amount;
      const status = row.status === 'paid' ? 'paid' : row.status === 'unpaid' ? 'awaiting' : row.status;
      expect(cells.map(unguard)).toEqual(['2024-05-11 09:42', amount, row.currency, status, row.system]);
    });
  });

  it('payout status in words, in the UI language', () => {
    setLocale('ru');
    const [, paid, unpaid] = parseBack(payoutsCsv([payout(1, 'x'), { ...payout(2, 'x'), status: 'unpaid' }], ';'), ';');
    expect([paid![3], unpaid![3]]).toEqual(['выплачено', 'ожидает выплаты']);
  });

  it('writes only the header for an empty history', () => {
    setLocale('en');
    expect(payoutsCsv([], ';')).toBe(`${BOM}Date;Amount;Currency;Status;Payment system\r\n`);
  });

  it('handles 10 000 rows (one line each)', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => exchange(i, `order ${i}`));
    const csv = exchangesCsv(rows, ',');
    expect(csv.split('\r\n')).toHaveLength(10_002);
  });

  it('names the file after the host, the list and the local date', () => {
    const day = new Date(2026, 10, 4, 23, 30);
    expect(csvFileName('https://exchanger.example', 'exchanges', day)).toBe('iex-partner-exchanger.example-exchanges-2026-11-04.csv');
    expect(csvFileName('http://127.0.0.1:43123', 'payouts', day)).toBe('iex-partner-127.0.0.1_43123-payouts-2026-11-04.csv');
  });
});
