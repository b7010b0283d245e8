/**
 * CSV of the full exchange and payout histories (RFC 4180: CRLF line ends,
 * doubled quotes, quoted fields where needed) with a UTF-8 BOM so Excel reads
 * Cyrillic. Text cells are formula-safe (OWASP CSV injection, widened): see
 * FORMULA_START. Numeric columns stay plain numbers with `.`
 * decimals. Column names are English on purpose: a file's header should not
 * change with the browser language, so scripts and saved imports keep working.
 * Hand-written (about 80 lines) because a CSV library would bloat the popup.
 */
import type { ExchangeRecord, PayoutRecord } from '../../../utils/model';

export type CsvSeparator = ',' | ';';

export const BOM = '\uFEFF';
const CRLF = '\r\n';
/**
 * A text cell a spreadsheet may run as a formula, so it gets a leading `'`: one that starts with
 * tab, CR or LF, or whose first character that is not whitespace (\s, which includes NBSP and the
 * ideographic space), a control (Cc) or an invisible format character (Cf: zero-width space and
 * joiners, word joiner, BOM, bidi marks, soft hyphen) is = + - @ or a full-width ＝ ＋ － ＠.
 * LibreOffice with "Trim spaces" ran " =1+1"; Excel and others normalise full-width signs.
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A number written with `.` decimals and never in exponent notation (1e-7 → 0.0000001). */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const text = String(n);
  const parts = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!parts) return text;
  const [, sign = '', lead = '', frac = '', expText = '0'] = parts;
  const exp = Number(expText);
  const digits = lead + frac;
  return exp < 0
    ? `${sign}0.${'0'.repeat(-exp - 1)}${digits}`
    : sign + digits + '0'.repeat(Math.max(0, exp - frac.length));
}

/** One cell as it goes into the file: quoted when it holds the separator, a quote or a line break. */
function field(text: string, separator: CsvSeparator): string {
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell from untrusted data: formula-safe, then quoted if needed. */
export function textCell(value: string, separator: CsvSeparator): string {
  return field(FORMULA_START.test(value) ? `'${value}` : value, separator);
}

/** A numeric cell; an exact decimal string stays as it is, anything else is treated as text. */
export function numberCell(value: number | string, separator: CsvSeparator): string {
  if (typeof value === 'number') return plainNumber(value);
  return DECIMAL.test(value) ? value : textCell(value, separator);
}

/** "2026-11-24T09:42:00+03:00": ISO 8601 in the local time zone, with its offset. */
export function localIso(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}${zone}`;
}

type Column<T> = [header: string, cell: (row: T, separator: CsvSeparator) => string];

const EXCHANGE_COLUMNS: Column<ExchangeRecord>[] = [
  ['ID', (r) => plainNumber(r.id)],
  ['Order ID', (r, s) => textCell(r.orderId, s)],
  ['Amount', (r, s) => numberCell(r.amount, s)],
  ['Currency', (r, s) => textCell(r.currency, s)],
  ['Status', (r, s) => textCell(r.status, s)],
  ['Created', (r, s) => textCell(r.createdText, s)],
  ['First seen', (r) => localIso(r.firstSeenAt)],
];

const PAYOUT_COLUMNS: Column<PayoutRecord>[] = [
  ['ID', (r) => plainNumber(r.id)],
  ['Created', (r, s) => textCell(r.createdText, s)],
  ['Status', (r, s) => textCell(r.status, s)],
  ['Amount', (r, s) => numberCell(r.amount, s)],
  ['Currency', (r, s) => textCell(r.currency, s)],
  ['Payment system', (r, s) => textCell(r.system, s)],
];

/**
 * A CSV built row by row, in one pass (rows can come from a database cursor: the list is never held
 * twice). Lines are collected in an array and joined once: linear in the number of rows.
 */
export interface CsvWriter<T> {
  add(row: T): void;
  /** The file: BOM, header, every row (in the order added, or reversed), CRLF after each line. */
  text(order?: 'asAdded' | 'reversed'): string;
}

function csvWriter<T>(columns: Column<T>[], separator: CsvSeparator): CsvWriter<T> {
  const lines: string[] = [];
  return {
    add: (row) => { lines.push(columns.map(([, cell]) => cell(row, separator)).join(separator)); },
    text: (order = 'asAdded') => {
      if (order === 'reversed') lines.reverse();
      const header = columns.map(([name]) => field(name, separator)).join(separator);
      return BOM + header + CRLF + lines.join(CRLF) + (lines.length ? CRLF : '');
    },
  };
}

export const exchangesCsvWriter = (separator: CsvSeparator) => csvWriter(EXCHANGE_COLUMNS, separator);
export const payoutsCsvWriter = (separator: CsvSeparator) => csvWriter(PAYOUT_COLUMNS, separator);

function toCsv<T>(writer: CsvWriter<T>, rows: Iterable<T>): string {
  for (const row of rows) writer.add(row);
  return writer.text();
}

export const exchangesCsv = (rows: Iterable<ExchangeRecord>, separator: CsvSeparator) => toCsv(exchangesCsvWriter(separator), rows);

export const payoutsCsv = (rows: Iterable<PayoutRecord>, separator: CsvSeparator) => toCsv(payoutsCsvWriter(separator), rows);

/** "iex-partner-exchanger.example-exchanges-2026-11-24.csv" (local date; unsafe host characters → "_"). */
export function csvFileName(origin: string, list: 'exchanges' | 'payouts', now: Date): string {
  const host = new URL(origin).host.replace(/[^A-Za-z0-9.-]/g, '_');
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `iex-partner-${host}-${list}-${day}.csv`;
}
