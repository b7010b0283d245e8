/**
 * How a block of exchanges is stored: by column, one array per field, the numbers in typed arrays.
 * IndexedDB hands a thousand objects over property by property, but a typed array in one copy:
 * 100 000 rows read back in 25–35 ms by column against 75–100 ms as objects (Chromium, this
 * machine; BENCHMARKS.md). Rows are objects again as soon as they are read (`blockRows`), so
 * nothing outside the store sees columns.
 */
import type { ExchangeRecord } from '../model';

/** A field that may be absent or null on a row is kept as it is (a plain array); the others are typed. */
export interface BlockColumns {
  id: Float64Array;
  orderId: string[];
  amount: Float64Array;
  currency: string[];
  status: string[];
  createdText: string[];
  firstSeenAt: Float64Array;
  /** 1 for true. */
  live: Uint8Array;
  createdAt: (number | null | undefined)[];
  createdPrecision: ExchangeRecord['createdPrecision'][];
}

export function toColumns(rows: readonly ExchangeRecord[]): BlockColumns {
  // Built with map (packed arrays): a holey array would be stored element by element, slower to read.
  return {
    id: Float64Array.from(rows, (row) => row.id),
    orderId: rows.map((row) => row.orderId),
    amount: Float64Array.from(rows, (row) => row.amount),
    currency: rows.map((row) => row.currency),
    status: rows.map((row) => row.status),
    createdText: rows.map((row) => row.createdText),
    firstSeenAt: Float64Array.from(rows, (row) => row.firstSeenAt),
    live: Uint8Array.from(rows, (row) => (row.live ? 1 : 0)),
    createdAt: rows.map((row) => row.createdAt),
    createdPrecision: rows.map((row) => row.createdPrecision),
  };
}

/** The rows of a block, as they were written (a field absent on a row is absent again). */
export function blockRows(columns: BlockColumns): ExchangeRecord[] {
  const { id, orderId, amount, currency, status, createdText, firstSeenAt, live, createdAt, createdPrecision } = columns;
  const rows = new Array<ExchangeRecord>(id.length);
  for (let i = 0; i < id.length; i++) {
    const row: ExchangeRecord = {
      id: id[i]!, orderId: orderId[i]!, amount: amount[i]!, currency: currency[i]!, status: status[i]!,
      createdText: createdText[i]!, firstSeenAt: firstSeenAt[i]!, live: live[i] === 1,
    };
    if (createdAt[i] !== undefined) row.createdAt = createdAt[i];
    if (createdPrecision[i] !== undefined) row.createdPrecision = createdPrecision[i];
    rows[i] = row;
  }
  return rows;
}
