/**
 * The columns of each exported list, once for both files (csv.ts writes them as text, xlsx.ts as
 * typed cells). Chosen for accounting: when (with how exact that is), how much, in what, and the
 * order or the payout's state. Left out as carrying no information: the exchange's status (always
 * "referral"), the site's relative text frozen at download time, the first-seen time and internal ids.
 *
 * Types: 'date' is epoch ms or null (no date known), 'number' a number or the API's exact decimal
 * string, 'id' an order number kept as text (every digit), 'text' any text.
 */
import type { ExchangeRecord, PayoutRecord } from '../../../utils/model';
import { tExport, type ExportKey } from '../texts-export';

export type ColumnType = 'date' | 'number' | 'id' | 'text';
export type CellValue = string | number | null;

export interface Column<T> {
  header: ExportKey;
  type: ColumnType;
  value: (row: T) => CellValue;
}

export const EXCHANGE_COLUMNS: Column<ExchangeRecord>[] = [
  { header: 'date', type: 'date', value: (r) => r.createdAt ?? null },
  { header: 'precision', type: 'text', value: (r) => tExport(r.createdPrecision ?? 'unknown') },
  { header: 'amount', type: 'number', value: (r) => r.amount },
  { header: 'currency', type: 'text', value: (r) => r.currency },
  { header: 'orderId', type: 'id', value: (r) => r.orderId },
];

/** "paid" / "unpaid" in words; a status this version does not know stays the site's text. */
const statusWords = (status: string) => (status === 'paid' || status === 'unpaid' ? tExport(status) : status);

export const PAYOUT_COLUMNS: Column<PayoutRecord>[] = [
  { header: 'date', type: 'date', value: (r) => r.createdAt ?? null },
  { header: 'amount', type: 'number', value: (r) => r.amount },
  { header: 'currency', type: 'text', value: (r) => r.currency },
  { header: 'status', type: 'text', value: (r) => statusWords(r.status) },
  { header: 'system', type: 'text', value: (r) => r.system },
];

/** The header texts in the UI language. */
export const headers = <T>(columns: Column<T>[]) => columns.map((c) => tExport(c.header));
