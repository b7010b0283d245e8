/**
 * Display formatting with the browser's Intl (no library): money in the
 * account's currency, percents, counts, relative and absolute times.
 * Rounds for display only; stored values keep their full precision.
 */
import { locale } from './i18n';

const tag = () => (locale() === 'ru' ? 'ru-RU' : 'en-US');

// Creating an Intl formatter costs about 0.1 ms and a popup formats some 50 values: one per
// language and options, reused.
const formatters = new Map<string, Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>();
function reuse<T extends Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: (tag: string) => T): T {
  const full = `${tag()} ${key}`;
  let formatter = formatters.get(full) as T | undefined;
  if (!formatter) {
    formatter = make(tag());
    formatters.set(full, formatter);
  }
  return formatter;
}

/** "1 190,36 ₽" / "₽1,190.36"; an unknown currency code is shown as the code: "1,190.36 XYZ". */
export function formatMoney(amount: number | string, currency: string, opts: { sign?: boolean } = {}): string {
  const value = typeof amount === 'string' ? Number(amount) : amount;
  const code = currency.toUpperCase();
  const signDisplay = opts.sign ? 'exceptZero' : 'auto';
  try {
    // narrowSymbol: en-US otherwise writes "RUB 1,190.36" instead of "₽1,190.36".
    return reuse(`money ${code} ${signDisplay}`, (t) =>
      new Intl.NumberFormat(t, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol', signDisplay })).format(value);
  } catch {
    const number = reuse(`plain2 ${signDisplay}`, (t) =>
      new Intl.NumberFormat(t, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay })).format(value);
    return `${number} ${code}`;
  }
}

/** 0.5 → "0.5 %" (the API's percent is already a percent). */
export function formatPercent(percent: number): string {
  return `${reuse('percent', (t) => new Intl.NumberFormat(t, { maximumFractionDigits: 2 })).format(percent)} %`;
}

export function formatCount(n: number): string {
  return reuse('count', (t) => new Intl.NumberFormat(t)).format(n);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000], ['second', 1000],
];

/** "2 minutes ago" / "2 минуты назад"; under 10 s is "now". */
export function formatRelative(at: number, now = Date.now()): string {
  const rtf = reuse('relative', (t) => new Intl.RelativeTimeFormat(t, { numeric: 'auto' }));
  const diff = at - now;
  if (Math.abs(diff) < 10_000) return rtf.format(0, 'second');
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'second') return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(0, 'second');
}

/** "24 Nov 2026" in the user's time zone (a date whose hour is not known). */
export function formatDate(at: number): string {
  return reuse('date', (t) => new Intl.DateTimeFormat(t, { dateStyle: 'medium' })).format(at);
}

/** "24 Nov 2026, 09:42" in the user's time zone. */
export function formatDateTime(at: number): string {
  return reuse('datetime', (t) => new Intl.DateTimeFormat(t, { dateStyle: 'medium', timeStyle: 'short' })).format(at);
}
