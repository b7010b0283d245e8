/**
 * Turns the relative text that iEXExchanger sites put in `created_at` of referral exchanges
 * (Carbon's `diffForHumans()`, Russian or English) back into an approximate time.
 *
 * What the text means. Carbon truncates the age to its largest non-zero unit: "3 недели назад" /
 * "3 weeks ago" means the age is at least 3 weeks and less than 4 (the mock writes the same:
 * scripts/mock-server/texts.ts). So a text gives an interval [earliest, latest] of one unit's width:
 * - seconds, minutes, hours, days, weeks are durations subtracted from epoch ms (a day is 24 h;
 *   a daylight-saving shift moves the estimate by an hour at most, well inside a day's precision);
 * - months and years are calendar steps in the user's local time zone, clamped to the month's last
 *   day like Carbon (31 March minus 1 month is 28/29 February).
 *
 * The estimate `at` is the middle of that interval, so it is off by at most half a unit.
 * `precision` names the interval's width, i.e. the uncertainty of the estimate:
 * - 'exact': "just now", seconds and minutes (off by at most half a minute, below any poll interval);
 * - 'hour' | 'day' | 'week' | 'month' | 'year': the text's unit ("5 часов назад" → 'hour').
 * "Just now" / "только что" gives `at = fetchedAt`.
 *
 * Accepted forms, liberal in case, whitespace, `ё`, dots and the plural form used with a number:
 * "5 минут назад", "1 неделю назад", "неделю назад", "несколько секунд назад", "5 мин. назад",
 * "вчера", "позавчера", "только что"; "5 minutes ago", "an hour ago", "a few seconds ago", "5h ago",
 * "yesterday", "before yesterday", "just now". Future texts ("через 2 минуты", "in 2 minutes",
 * clock skew) and anything else give null: the caller keeps its own first-seen time.
 */

export type Precision = 'exact' | 'hour' | 'day' | 'week' | 'month' | 'year';
export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface RelativeAge {
  /** 0 only for "just now". */
  count: number;
  unit: RelativeUnit;
}

export interface CreatedAtEstimate {
  at: number;
  precision: Precision;
}

export interface CreatedAtRange extends CreatedAtEstimate {
  /** The oldest and newest times the text allows (epoch ms, inclusive). */
  earliest: number;
  latest: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Each unit: its precision, its length when it is a duration, every word Carbon (or a plausible variant) writes. */
const UNITS: Record<RelativeUnit, { precision: Precision; ms: number | null; months: number; words: string[] }> = {
  second: {
    precision: 'exact', ms: SECOND, months: 0,
    words: ['секунду', 'секунда', 'секунды', 'секунд', 'сек', 'с', 'second', 'seconds', 'sec', 'secs', 's'],
  },
  minute: {
    precision: 'exact', ms: MINUTE, months: 0,
    words: ['минуту', 'минута', 'минуты', 'минут', 'мин', 'minute', 'minutes', 'min', 'mins', 'm'],
  },
  hour: {
    precision: 'hour', ms: HOUR, months: 0,
    words: ['час', 'часа', 'часов', 'ч', 'hour', 'hours', 'hr', 'hrs', 'h'],
  },
  day: {
    precision: 'day', ms: DAY, months: 0,
    words: ['день', 'дня', 'дней', 'дн', 'д', 'day', 'days', 'd'],
  },
  week: {
    precision: 'week', ms: 7 * DAY, months: 0,
    words: ['неделю', 'неделя', 'недели', 'недель', 'нед', 'week', 'weeks', 'wk', 'wks', 'w'],
  },
  month: {
    precision: 'month', ms: null, months: 1,
    words: ['месяц', 'месяца', 'месяцев', 'мес', 'month', 'months', 'mo', 'mos'],
  },
  year: {
    precision: 'year', ms: null, months: 12,
    words: ['год', 'года', 'лет', 'г', 'л', 'year', 'years', 'yr', 'yrs', 'y'],
  },
};

const UNIT_BY_WORD = new Map<string, RelativeUnit>(
  (Object.keys(UNITS) as RelativeUnit[]).flatMap((unit) => UNITS[unit].words.map((w) => [w, unit] as const)),
);

/** Words Carbon puts where a number would be ("an hour ago", "несколько секунд назад"): all mean 1. */
const COUNT_WORDS = new Set(['a', 'an', 'one', 'a few', 'few', 'несколько', 'одну', 'один', 'одна']);

/** Whole phrases (Carbon's diff_now / diff_yesterday / diff_before_yesterday). */
const PHRASES = new Map<string, RelativeAge>([
  ['только что', { count: 0, unit: 'second' }],
  ['сейчас', { count: 0, unit: 'second' }],
  ['just now', { count: 0, unit: 'second' }],
  ['now', { count: 0, unit: 'second' }],
  ['вчера', { count: 1, unit: 'day' }],
  ['yesterday', { count: 1, unit: 'day' }],
  ['позавчера', { count: 2, unit: 'day' }],
  ['before yesterday', { count: 2, unit: 'day' }],
]);

/** "<count> <unit> ago": a numeric count may touch its unit ("5h ago"), a word count may not. */
const AGO = /^(?:(\d{1,6})\s*|(an? few|\p{L}+)\s+)?(\p{L}+)\s+(?:ago|назад)$/u;

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\./g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** The count and unit of a Carbon relative text, or null when it is not one. */
export function parseRelativeAge(text: string): RelativeAge | null {
  if (typeof text !== 'string') return null;
  const norm = normalize(text);
  const phrase = PHRASES.get(norm);
  if (phrase) return phrase;
  const m = AGO.exec(norm);
  if (!m) return null;
  const [, digits, countWord, word] = m;
  const unit = UNIT_BY_WORD.get(word ?? '');
  if (!unit) return null;
  if (digits !== undefined) return { count: Number(digits), unit };
  if (countWord === undefined || COUNT_WORDS.has(countWord)) return { count: 1, unit };
  return null;
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(year, monthIndex + 1, 0).getDate();
}

/** `at` moved back by whole calendar months in local time, clamped to the target month's last day. */
export function subtractMonths(at: number, months: number): number {
  const d = new Date(at);
  const target = new Date(d.getFullYear(), d.getMonth() - months, 1);
  const day = Math.min(d.getDate(), daysInMonth(target.getFullYear(), target.getMonth()));
  return new Date(
    target.getFullYear(), target.getMonth(), day,
    d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(),
  ).getTime();
}

/** The interval a relative text allows, seen at `fetchedAt`, with its midpoint and precision. */
export function createdAtRange(text: string, fetchedAt: number): CreatedAtRange | null {
  const age = parseRelativeAge(text);
  if (!age || !Number.isFinite(fetchedAt)) return null;
  const spec = UNITS[age.unit];
  if (age.count === 0) return { at: fetchedAt, precision: 'exact', earliest: fetchedAt, latest: fetchedAt };
  let latest: number;
  let earliest: number;
  if (spec.ms !== null) {
    latest = fetchedAt - age.count * spec.ms;
    earliest = latest - spec.ms + 1;
  } else {
    latest = subtractMonths(fetchedAt, age.count * spec.months);
    earliest = subtractMonths(fetchedAt, (age.count + 1) * spec.months) + 1;
  }
  return { at: Math.round((earliest + latest) / 2), precision: spec.precision, earliest, latest };
}

/** An approximate creation time for a referral exchange's `created_at` text, or null for text it does not know. */
export function estimateCreatedAt(text: string, fetchedAt: number): CreatedAtEstimate | null {
  const range = createdAtRange(text, fetchedAt);
  return range && { at: range.at, precision: range.precision };
}
