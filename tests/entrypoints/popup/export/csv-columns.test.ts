import { afterEach, describe, expect, it } from 'vitest';
import { exchangeColumnsWriter } from '../../../../entrypoints/popup/export/csv-columns';
import { exchangesCsvWriter, type CsvSeparator } from '../../../../entrypoints/popup/export/csv';
import { inPeriod, inPeriodAt, type Period } from '../../../../entrypoints/popup/export/period';
import { toColumns } from '../../../../utils/storage/block-columns';
import { setLocale } from '../../../../utils/i18n';
import type { CreatedPrecision, ExchangeRecord } from '../../../../utils/model';

const NOW = new Date(2026, 11, 3, 12);
const DAY = 86_400_000;

/** Values a site (or an old stored row) can give each column, the awkward ones included. */
const TEXTS = ['RUB', 'USDT TRC20', '=1+1', ' -2', '@SUM(A1)', 'semi; colon', 'comma, here', 'with "quotes"', 'line\nbreak', '\u200B+1', '', 'Сбербанк «кавычки»'];
const ORDER_IDS = ['1800123', '000123', '12345678901234567890', '=HYPERLINK("x")', '\r=1', 'a;b,c', '"q"', ''];
const AMOUNTS = [95.18, -0.5, 0, 12.4, 1190.36, 0.1 + 0.2, 1e-7, -2.5e-8, 1.5e21, 190.36000061035, 999_999_999_999.99];
const PRECISIONS: (CreatedPrecision | null | undefined)[] = ['exact', 'hour', 'day', 'week', 'month', 'year', null, undefined];
const DATES: (number | null | undefined)[] = [NOW.getTime() - 40 * DAY, NOW.getTime() - 3 * DAY, NOW.getTime() - 400 * DAY, null, undefined, Number.NaN];

function rows(count: number): ExchangeRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const row: ExchangeRecord = {
      id: i + 1, orderId: ORDER_IDS[i % ORDER_IDS.length]!, amount: AMOUNTS[i % AMOUNTS.length]!, currency: TEXTS[i % TEXTS.length]!,
      status: 'referral', createdText: '', firstSeenAt: NOW.getTime() - (i % 50) * DAY, live: false,
    };
    const at = DATES[i % DATES.length];
    if (at !== undefined) row.createdAt = at;
    const precision = PRECISIONS[(i * 7) % PRECISIONS.length];
    if (precision !== undefined) row.createdPrecision = precision;
    return row;
  });
}

/** The lines the general writer makes from the same rows as objects (what the file held before). */
function fromRows(list: ExchangeRecord[], separator: CsvSeparator, period: Period): string {
  const writer = exchangesCsvWriter(separator);
  const keep = inPeriod(period, NOW);
  for (const row of list) if (keep(row)) writer.add(row);
  return writer.lines('reversed');
}

afterEach(() => setLocale('en'));

describe('exchange lines from stored columns', () => {
  it.each([
    [',', 'all', 'en'], [';', 'all', 'ru'], [',', 'lastMonth', 'en'], [';', 'thisYear', 'ru'],
  ] as const)('are the general writer\'s text, cell for cell (separator %s, %s, %s)', (separator, period, lang) => {
    setLocale(lang);
    const list = rows(997);
    const writer = exchangeColumnsWriter(separator, inPeriodAt(period, NOW));
    // Several blocks, as the store hands them over.
    for (let at = 0; at < list.length; at += 300) writer.add(toColumns(list.slice(at, at + 300)));
    const expected = fromRows(list, separator, period);
    expect(writer.lines('reversed')).toBe(expected);
    expect(writer.count).toBe(expected.split('\r\n').length - 1);
    // The period test matters: a narrower one keeps fewer rows.
    if (period !== 'all') expect(writer.count).toBeLessThan(list.length);
  });

  it('keeps no line of a block outside the period, and writes nothing for no rows', () => {
    const writer = exchangeColumnsWriter(',', () => false);
    writer.add(toColumns(rows(20)));
    writer.add(toColumns([]));
    expect(writer.count).toBe(0);
    expect(writer.lines()).toBe('');
  });
});
