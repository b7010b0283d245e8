/** Dates of the earnings panel in the UI's language and the zone the figures were computed in. */
import { formatMoney } from '../../utils/format';
import { tEarnings as t } from '../../entrypoints/popup/texts-earnings';
import type { Figure, PeriodFigures, Trend } from '../../entrypoints/popup/earnings/periods';
import { zonedInstant } from '../../entrypoints/popup/earnings/zoned';

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // The language tag comes with the texts: importing locale() would make the first chunk export it.
  const tag = t('dateLocale');
  const key = `${tag} ${timeZone} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(tag, { timeZone, ...options })));
  return format;
}

const capital = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A calendar day ("3 December" / "3 декабря"); noon, so no zone change moves it to another day. */
export const formatDay = (timeZone: string, year: number, month: number, day: number, withYear = false): string =>
  dateFormat(timeZone, { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) })
    .format(zonedInstant(timeZone, year, month, day, 12));

/** 0 (Sunday) – 6 as a full weekday name; 4 January 1970 was a Sunday. */
export const formatWeekday = (timeZone: string, weekday: number): string =>
  capital(dateFormat(timeZone, { weekday: 'long' }).format(zonedInstant(timeZone, 1970, 1, 4 + weekday, 12)));

export const formatMonth = (timeZone: string, year: number, month: number): string =>
  capital(dateFormat(timeZone, { month: 'long' }).format(zonedInstant(timeZone, year, month, 15, 12)));

export const bonuses = (count: number) => t('bonuses', { count });

export const money = (figure: Figure, currency: string) => formatMoney(figure.sum, currency);

/** What a period's reference is, in words ("Thursday a week ago, to this time"). */
export function referenceLabel(period: PeriodFigures, timeZone: string): string {
  if (period.name === 'today') return t('refToday', { weekday: formatWeekday(timeZone, period.referenceWeekday!) });
  if (period.name === 'yesterday') return t('refYesterday', { weekday: formatWeekday(timeZone, period.referenceWeekday!) });
  const { year, month, toDay } = period.referenceMonth!;
  if (period.name === 'thisMonth') return t('refThisMonth', { date: formatDay(timeZone, year, month, toDay!) });
  return t('refLastMonth', { month: formatMonth(timeZone, year, month) });
}

/** The change in words with an arrow: never colour alone. */
export function trendText(trend: Trend): string {
  if (trend.kind === 'up' || trend.kind === 'down') return t(trend.kind, { percent: trend.percent });
  return t(trend.kind);
}
