/**
 * Date texts the way the product (Laravel + Carbon) renders them:
 * exchanges get Carbon's diffForHumans() ("3 недели назад" / "3 weeks ago"),
 * payouts get translatedFormat('d M Y H:i') in the server's time zone
 * ("11 мая 2024 09:42" / "11 May 2024 09:42"). Hand-written rather than Intl
 * because Intl's wording ("3 нед. назад", "last week") is not Carbon's.
 */
export type MockLocale = 'ru' | 'en';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Moscow time, no daylight saving since 2014: the typical server zone of these sites. */
export const SERVER_UTC_OFFSET_MS = 3 * HOUR;

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Russian "ago" forms are accusative: one / few / many ("1 неделю", "3 недели", "5 недель"). */
const RU_FORMS: Record<Unit, [string, string, string]> = {
  second: ['секунду', 'секунды', 'секунд'],
  minute: ['минуту', 'минуты', 'минут'],
  hour: ['час', 'часа', 'часов'],
  day: ['день', 'дня', 'дней'],
  week: ['неделю', 'недели', 'недель'],
  month: ['месяц', 'месяца', 'месяцев'],
  year: ['год', 'года', 'лет'],
};

const JUST_NOW: Record<MockLocale, string> = { ru: 'только что', en: 'just now' };

/** Largest whole unit first, as Carbon does (13 days → 1 week, 45 days → 1 month). */
function largestUnit(ms: number): [Unit, number] {
  const days = Math.floor(ms / DAY);
  if (days >= 365) return ['year', Math.floor(days / 365)];
  if (days >= 30) return ['month', Math.floor(days / 30)];
  if (days >= 7) return ['week', Math.floor(days / 7)];
  if (days >= 1) return ['day', days];
  if (ms >= HOUR) return ['hour', Math.floor(ms / HOUR)];
  if (ms >= MINUTE) return ['minute', Math.floor(ms / MINUTE)];
  return ['second', Math.floor(ms / SECOND)];
}

export function ruPluralIndex(n: number): 0 | 1 | 2 {
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return 0;
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 1;
  return 2;
}

/** "3 недели назад" / "3 weeks ago" for an age in ms; under 10 s (or a clock skew) is "только что" / "just now". */
export function relativeTime(ageMs: number, locale: MockLocale): string {
  if (!(ageMs >= 10 * SECOND)) return JUST_NOW[locale];
  const [unit, n] = largestUnit(ageMs);
  if (locale === 'ru') return `${n} ${RU_FORMS[unit][ruPluralIndex(n)]} назад`;
  return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}

/** Carbon's short month names ("M" in translatedFormat); Russian ones are genitive. */
const MONTHS: Record<MockLocale, readonly string[]> = {
  ru: ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "11 мая 2024 09:42" / "11 May 2024 09:42" (d M Y H:i, server time, no offset shown). */
export function serverDateTime(at: number, locale: MockLocale): string {
  const d = new Date(at + SERVER_UTC_OFFSET_MS);
  const month = MONTHS[locale][d.getUTCMonth()];
  return `${pad2(d.getUTCDate())} ${month} ${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}
