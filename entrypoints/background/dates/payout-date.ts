/**
 * Parses the `created_at` of a payout: Carbon's `translatedFormat('d M Y H:i')` in the site's
 * language ("11 мая 2024 09:42", "11 May 2024 09:42"), in the server's time zone with no offset.
 *
 * Month names accepted, case-insensitive, with or without a trailing dot:
 * - ru: Carbon's short genitive forms (янв фев мар апр мая июн июл авг сен окт ноя дек), the full
 *   genitive (января … декабря), the full nominative (январь … декабрь), and the short standalone
 *   variants (май, февр, сент, нояб);
 * - en: short (Jan … Dec, also Sept) and full (January … December).
 * Also tolerated: seconds ("09:42:05"), a "г." after the year, a comma before the time, one-digit
 * day or hour. A text without a year or a time ("11 May") is rejected: inventing either would
 * make a wrong date look exact.
 *
 * The text carries no time zone, so this module returns the wall-clock parts. `payoutLocalTime`
 * turns them into epoch ms assuming the user's browser is in the same zone as the exchange site
 * (typical: both in Moscow time); when it is not, the time is off by the zones' difference, and a
 * spreadsheet shows the same wall-clock time the site showed. Use `payoutTimeAtOffset` when the
 * site's UTC offset is known.
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Month number (1–12) → every spelling accepted, lower case, without dots. */
const MONTHS: readonly (readonly string[])[] = [
  ['янв', 'января', 'январь', 'jan', 'january'],
  ['фев', 'февр', 'февраля', 'февраль', 'feb', 'february'],
  ['мар', 'марта', 'март', 'mar', 'march'],
  ['апр', 'апреля', 'апрель', 'apr', 'april'],
  ['мая', 'май', 'may'],
  ['июн', 'июня', 'июнь', 'jun', 'june'],
  ['июл', 'июля', 'июль', 'jul', 'july'],
  ['авг', 'августа', 'август', 'aug', 'august'],
  ['сен', 'сент', 'сентября', 'сентябрь', 'sep', 'sept', 'september'],
  ['окт', 'октября', 'октябрь', 'oct', 'october'],
  ['ноя', 'нояб', 'ноября', 'ноябрь', 'nov', 'november'],
  ['дек', 'декабря', 'декабрь', 'dec', 'december'],
];

const MONTH_BY_NAME = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

const PATTERN = /^(\d{1,2}) (\p{L}+)\.? (\d{4})(?: г\.?)?,? (\d{1,2}):(\d{2})(?::(\d{2}))?$/u;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The wall-clock parts of a payout date text, or null when it is not a whole, valid "d M Y H:i". */
export function parsePayoutDate(text: string): WallClock | null {
  if (typeof text !== 'string') return null;
  const norm = text.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const m = PATTERN.exec(norm);
  if (!m) return null;
  const month = MONTH_BY_NAME.get(m[2] ?? '');
  if (month === undefined) return null;
  const [day, year, hour, minute] = [m[1], m[3], m[4], m[5]].map(Number) as [number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (year < 1970 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}

/** Epoch ms of wall-clock parts read in the browser's local time zone (see the header). */
export function payoutLocalTime(w: WallClock): number {
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second).getTime();
}

/** Epoch ms of wall-clock parts at a known UTC offset in minutes (Moscow: +180). */
export function payoutTimeAtOffset(w: WallClock, offsetMinutes: number): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - offsetMinutes * 60_000;
}
