/**
 * The exchanges' CSV lines written straight from the stored columns (utils/storage/block-columns.ts),
 * one loop per block, with no row object and no cell array per exchange. The text is exactly what
 * ./csv.ts's exchangesCsvWriter writes from rows (the tests compare the two on hostile values). Why
 * a second writer: a long history's CSV is built in a fresh popup page and a fresh Worker each time,
 * where the code runs mostly unoptimised, and there fewer calls and objects per row make the build
 * about 40 % faster (BENCHMARKS.md).
 */
import type { BlockColumns } from '../../../utils/storage/block-columns';
import type { CreatedPrecision } from '../../../utils/model';
import { cellText, csvDates, idCell, joinLines, numberCell, remembered, type CsvSeparator } from './csv';
import type { InPeriodAt } from './period';
import { tExport } from '../texts-export';

export interface ColumnsCsvWriter {
  /** The rows of a block that are in the period, in their order. */
  add(columns: BlockColumns): void;
  /** Every line kept (in the order added, or reversed), CRLF after each. */
  lines(order?: 'asAdded' | 'reversed'): string;
  /** Lines kept so far. */
  readonly count: number;
}

/** The columns of EXCHANGE_COLUMNS (./columns.ts), in its order: date, precision, amount, currency, order id. */
export function exchangeColumnsWriter(separator: CsvSeparator, keep: InPeriodAt | null): ColumnsCsvWriter {
  const all: string[] = [];
  const date = csvDates();
  const precisionCell = remembered((precision: CreatedPrecision | null | undefined) => cellText('text', tExport(precision ?? 'unknown'), separator));
  const currencyCell = remembered((currency: string) => cellText('text', currency, separator));
  const s = separator;
  return {
    add({ createdAt, createdPrecision, amount, currency, orderId, firstSeenAt }) {
      for (let i = 0; i < amount.length; i++) {
        const at = createdAt[i];
        const precision = createdPrecision[i];
        if (keep && !keep(at, precision, firstSeenAt[i]!)) continue;
        const when = typeof at === 'number' && Number.isFinite(at) ? date(at) : cellText('date', at ?? null, s);
        // Joined, not concatenated: `+` leaves a tree of string pieces per line that costs more to collect.
        all.push([when, precisionCell(precision), numberCell(amount[i]!, s), currencyCell(currency[i]!), idCell(String(orderId[i]), s)].join(s));
      }
    },
    lines: (order) => joinLines(all, order),
    get count() { return all.length; },
  };
}
