/**
 * CSV of the full exchange and payout histories (RFC 4180: CRLF line ends, doubled quotes, quoted
 * fields where needed) with a UTF-8 BOM so Excel reads Cyrillic. The columns are ./columns.ts, with
 * headers in the UI language. Each cell is written the way LibreOffice and Excel read it as its type
 * (tests/scripts/spreadsheet.test.ts has the findings):
 * - date: `YYYY-MM-DD HH:MM` in local time, a date in ru-RU and en-US imports alike; empty when unknown;
 * - number: never an exponent; with the `;` separator (Russian Excel and LibreOffice) the decimal
 *   separator is `,`, with `,` it is `.` (else a ru-RU import reads "1190.36" as text, "10.05" as a date);
 * - order id: prefixed with an invisible WORD JOINER (U+2060), so it stays text and keeps every digit
 *   (plain or quoted, "000123" becomes 123 and a 20-digit id loses digits; a `'` would show);
 * - text: formula-safe (OWASP CSV injection, widened): see FORMULA_START. Quoting alone does not
 *   help: LibreOffice runs a quoted "=1+1".
 * Hand-written (about 100 lines) because a CSV library would bloat the popup.
 */
import type { ExchangeRecord, PayoutRecord } from '../../../utils/model';
import { EXCHANGE_COLUMNS, PAYOUT_COLUMNS, headers, type CellValue, type Column, type ColumnType } from './columns';

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

/**
 * An amount of whole cents (most amounts) as String(n) writes it, with `point` for its decimal point,
 * without String's general conversion (a fifth of building a file). Exact: k/100 parses back to n,
 * and below 1e12 no shorter decimal does (the cents grid is far coarser than the doubles there), so
 * it is the shortest, as String's is.
 */
function centsText(n: number, point: '.' | ','): string | null {
  if (!(n > -1e12 && n < 1e12)) return null;
  const k = Math.round(n * 100);
  if (k === 0 || k / 100 !== n) return null;
  const units = Math.abs(k);
  const cents = units % 100;
  const whole = (k < 0 ? '-' : '') + String((units - cents) / 100);
  if (cents === 0) return whole;
  return whole + point + (cents % 10 === 0 ? String(cents / 10) : cents < 10 ? '0' + String(cents) : String(cents));
}

/** A number written with `.` decimals and never in exponent notation (1e-7 → 0.0000001). */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const cents = centsText(n, '.');
  if (cents !== null) return cents;
  const text = String(n);
  if (!text.includes('e')) return text;
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
const NEEDS_QUOTES: Record<CsvSeparator, RegExp> = { ',': /[",\r\n]/, ';': /[";\r\n]/ };

function field(text: string, separator: CsvSeparator): string {
  return NEEDS_QUOTES[separator].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An ASCII letter or digit: no formula starts with one (most cells: checked without the regex). */
const plainStart = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A text cell from untrusted data: formula-safe, then quoted if needed. */
export function textCell(value: string, separator: CsvSeparator): string {
  return field(!plainStart(value.charCodeAt(0)) && FORMULA_START.test(value) ? `'${value}` : value, separator);
}

/** A numeric cell (an exact decimal string keeps its digits), `,` decimals with `;`; anything else is text. */
export function numberCell(value: number | string, separator: CsvSeparator): string {
  const point = separator === ';' ? ',' : '.';
  const cents = typeof value === 'number' ? centsText(value, point) : null;
  if (cents !== null) return cents;
  const text = typeof value === 'number' ? plainNumber(value) : value;
  // A finite number's plain text is a decimal already; a string (the API's) is checked.
  if ((typeof value === 'string' || text === '') && !DECIMAL.test(text)) return textCell(text, separator);
  return point === ',' ? text.replace('.', ',') : text;
}

/** "00" to "59": the two digits of a month, day, hour or minute, without formatting each anew. */
const TWO = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const two = (n: number) => TWO[n] ?? String(n).padStart(2, '0');

const dayText = (d: Date) => `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;

/** "2026-11-24 09:42": local wall-clock time to the minute. */
export function csvDate(at: number): string {
  const d = new Date(at);
  return `${dayText(d)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

const DAY_MS = 86_400_000;

/**
 * csvDate for one file: rows come in date order, so the local day of the row before is kept and a
 * row on the same day is written from its offset into it, without asking the time zone again. Only
 * a day of exactly 24 hours with one UTC offset is kept (never a day with a clock change, nor one
 * whose midnight is skipped), so the text is always csvDate's; a new file asks the time zone anew.
 */
export function csvDates(): (at: number) => string {
  let start = NaN;
  let end = NaN;
  let prefix = '';
  return (at) => {
    if (!(at >= start && at < end)) {
      const d = new Date(at);
      const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate());
      const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
      const even = next.getTime() - midnight.getTime() === DAY_MS && midnight.getHours() === 0
        && midnight.getTimezoneOffset() === new Date(next.getTime() - 1).getTimezoneOffset();
      if (!even) return csvDate(at);
      [start, end, prefix] = [midnight.getTime(), next.getTime(), dayText(d) + ' '];
    }
    const minutes = Math.floor((at - start) / 60_000);
    return prefix + two(Math.floor(minutes / 60)) + ':' + two(minutes % 60);
  };
}

/** Invisible, not a digit: spreadsheets keep a cell starting with it as text. */
export const WORD_JOINER = '\u2060';

/** One value as a CSV cell of its column's type. */
export function cellText(type: ColumnType, value: CellValue, separator: CsvSeparator): string {
  if (value === null) return '';
  if (type === 'date') return typeof value === 'number' && Number.isFinite(value) ? csvDate(value) : textCell(String(value), separator);
  if (type === 'number') return numberCell(value, separator);
  return type === 'id' ? idCell(String(value), separator) : textCell(String(value), separator);
}

/** An order id: kept as text with every digit (WORD_JOINER). */
export function idCell(id: string, separator: CsvSeparator): string {
  // The joiner is skipped by the formula check, so an id that starts plainly needs none.
  return plainStart(id.charCodeAt(0)) ? field(WORD_JOINER + id, separator) : textCell(WORD_JOINER + id, separator);
}

/**
 * A CSV built row by row, in one pass (rows can come from a database cursor: the list is never held
 * twice). Lines are collected in an array and joined once: linear in the number of rows.
 */
export interface CsvWriter<T> {
  add(row: T): void;
  /** Every line (in the order added, or reversed), CRLF after each: the file after its head, or a part of it. */
  lines(order?: 'asAdded' | 'reversed'): string;
  /** The file: its head (csvHead), then the lines. */
  text(order?: 'asAdded' | 'reversed'): string;
}

/** Distinct values of a text column remembered per file (currencies, precision words repeat on every row). */
const MEMO_LIMIT = 256;

/** One column's cell writer: text cells of a value already seen are not checked and quoted again. */
function cellWriter<T>(column: Column<T>, separator: CsvSeparator): (row: T) => string {
  if (column.type === 'date') {
    const date = csvDates();
    return (row) => {
      const value = column.value(row);
      return typeof value === 'number' && Number.isFinite(value) ? date(value) : cellText('date', value, separator);
    };
  }
  if (column.type !== 'text') return (row) => cellText(column.type, column.value(row), separator);
  const text = remembered((value: CellValue) => cellText('text', value, separator));
  return (row) => text(column.value(row));
}

/** A cell writer that writes each of the first MEMO_LIMIT distinct values once. */
export function remembered<K>(write: (key: K) => string): (key: K) => string {
  const memo = new Map<K, string>();
  return (key) => {
    let cell = memo.get(key);
    if (cell === undefined) {
      cell = write(key);
      if (memo.size < MEMO_LIMIT) memo.set(key, cell);
    }
    return cell;
  };
}

/** A file's start: the BOM, then the header line in the UI language. */
function head<T>(columns: Column<T>[], separator: CsvSeparator): string {
  return BOM + headers(columns).map((name) => textCell(name, separator)).join(separator) + CRLF;
}

function csvWriter<T>(columns: Column<T>[], separator: CsvSeparator): CsvWriter<T> {
  const all: string[] = [];
  const cells = columns.map((column) => cellWriter(column, separator));
  return {
    add: (row) => { all.push(cells.map((cell) => cell(row)).join(separator)); },
    lines: (order) => joinLines(all, order),
    text: (order) => head(columns, separator) + joinLines(all, order),
  };
}

/** Lines (in the order added, or reversed) as a part of a file: CRLF after each. */
export function joinLines(all: string[], order: 'asAdded' | 'reversed' = 'asAdded'): string {
  if (order === 'reversed') all.reverse();
  return all.join(CRLF) + (all.length ? CRLF : '');
}

export const exchangesCsvWriter = (separator: CsvSeparator) => csvWriter(EXCHANGE_COLUMNS, separator);
export const payoutsCsvWriter = (separator: CsvSeparator) => csvWriter(PAYOUT_COLUMNS, separator);

/** The start of a list's file (BOM and header line), before the lines of its writers. */
export const csvHead = (list: 'exchanges' | 'payouts', separator: CsvSeparator) =>
  list === 'exchanges' ? head(EXCHANGE_COLUMNS, separator) : head(PAYOUT_COLUMNS, separator);

function toCsv<T>(writer: CsvWriter<T>, rows: Iterable<T>): string {
  for (const row of rows) writer.add(row);
  return writer.text();
}

export const exchangesCsv = (rows: Iterable<ExchangeRecord>, separator: CsvSeparator) => toCsv(exchangesCsvWriter(separator), rows);

export const payoutsCsv = (rows: Iterable<PayoutRecord>, separator: CsvSeparator) => toCsv(payoutsCsvWriter(separator), rows);

/** "iex-partner-exchanger.example-exchanges-2026-11-24.csv" (local date; unsafe host characters → "_"). */
export function csvFileName(origin: string, list: 'exchanges' | 'payouts', now: Date, extension: 'csv' | 'xlsx' = 'csv'): string {
  const host = new URL(origin).host.replace(/[^A-Za-z0-9.-]/g, '_');
  const day = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `iex-partner-${host}-${list}-${day}.${extension}`;
}
