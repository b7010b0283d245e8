/**
 * Building the export files in Node for 1 000, 10 000 and 100 000 exchange rows shaped as the
 * extension stores them (dated, in blocks of 1 000 by column): the CSV as the popup writes it
 * (entrypoints/popup/export/csv-columns.ts, from the columns) against the floor, a
 * plain `rows.map(r => r.join(',')).join('\r\n')` of the same values (no quoting, no formula guard,
 * no number or date formatting); and the .xlsx (./xlsx.ts via the same columns) beside it.
 */
import { csvHead } from '../../entrypoints/popup/export/csv';
import { exchangeColumnsWriter } from '../../entrypoints/popup/export/csv-columns';
import { BLOCK_ROWS } from '../../utils/storage/exchange-blocks';
import { toColumns, type BlockColumns } from '../../utils/storage/block-columns';
import { EXCHANGE_COLUMNS, headers } from '../../entrypoints/popup/export/columns';
import { buildXlsx } from '../../entrypoints/popup/export/xlsx';
import type { ExchangeRecord } from '../../utils/model';
import { interleave, summarize, type Summary } from './stats';

export interface CsvBuildFigure { rows: number; csv: Summary; baseline: Summary; bytes: number; xlsx?: Summary; xlsxBytes?: number }

const AGES = ['3 минуты назад', '2 часа назад', '1 день назад', '3 недели назад', '5 месяцев назад', '2 года назад'];

/** Deterministic rows like the mock's (ids descending, kopeck amounts, Russian relative dates). */
export function exchangeRows(count: number): ExchangeRecord[] {
  let state = 7;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const start = Date.UTC(2026, 10, 24, 9, 0, 0);
  return Array.from({ length: count }, (_, i) => ({
    id: count - i,
    orderId: String(1_800_000 + count - i),
    amount: Math.round((12.4 + next() ** 2 * 467.6) * 100) / 100,
    currency: 'RUB',
    status: 'referral',
    createdText: AGES[Math.floor(next() * AGES.length)]!,
    firstSeenAt: start - i * 60_000,
    live: false,
    createdAt: start - i * 3_600_000,
    createdPrecision: 'day' as const,
  }));
}

/** The rows as the store keeps them: blocks of BLOCK_ROWS by column, oldest first. */
function asBlocks(rows: ExchangeRecord[]): BlockColumns[] {
  const oldestFirst = [...rows].reverse();
  const blocks: BlockColumns[] = [];
  for (let at = 0; at < oldestFirst.length; at += BLOCK_ROWS) blocks.push(toColumns(oldestFirst.slice(at, at + BLOCK_ROWS)));
  return blocks;
}

/** The whole file (every row, ',' separator, newest first), as one thread of the popup builds it. */
function csvOf(blocks: BlockColumns[]): string {
  const writer = exchangeColumnsWriter(',', null);
  for (const block of blocks) writer.add(block);
  return csvHead('exchanges', ',') + writer.lines('reversed');
}

const asArrays = (rows: ExchangeRecord[]) =>
  rows.map((r) => [r.createdAt, r.createdPrecision, r.amount, r.currency, r.orderId]);

/** The .xlsx of the rows, as the popup builds it. */
function xlsxOf(rows: ExchangeRecord[]): Uint8Array {
  const names = headers(EXCHANGE_COLUMNS);
  return buildXlsx({
    name: 'exchanges',
    columns: EXCHANGE_COLUMNS.map((c, i) => ({ header: names[i]!, type: c.type === 'id' ? 'text' : c.type })),
    rows: rows.map((r) => EXCHANGE_COLUMNS.map((c) => c.value(r))),
  });
}

function time(fn: () => string | Uint8Array): number {
  const start = performance.now();
  const text = fn();
  const elapsed = performance.now() - start;
  if (text.length === 0) throw new Error('empty CSV');
  return elapsed;
}

export async function measureCsvBuild(sizes: readonly number[], runs: (rows: number) => number): Promise<CsvBuildFigure[]> {
  const figures: CsvBuildFigure[] = [];
  for (const count of sizes) {
    const rows = exchangeRows(count);
    const arrays = asArrays(rows);
    const blocks = asBlocks(rows);
    // Warm up both paths (JIT) before timing.
    for (let i = 0; i < 2; i++) {
      csvOf(blocks);
      arrays.map((r) => r.join(',')).join('\r\n');
    }
    const { a, b } = await interleave(
      runs(count),
      async () => time(() => csvOf(blocks)),
      async () => time(() => arrays.map((r) => r.join(',')).join('\r\n')),
    );
    xlsxOf(rows);
    const { a: xlsx } = await interleave(runs(count), async () => time(() => xlsxOf(rows)), async () => 0);
    figures.push({
      rows: count, csv: summarize(a), baseline: summarize(b), bytes: Buffer.byteLength(csvOf(blocks)),
      xlsx: summarize(xlsx), xlsxBytes: xlsxOf(rows).length,
    });
  }
  return figures;
}
