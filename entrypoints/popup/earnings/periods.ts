/**
 * The earnings periods of the popup, each beside its fair reference (pure: rows, now and the time
 * zone are passed in):
 * - today, up to now, against the same weekday a week ago up to the same time (weekday patterns
 *   are stronger than day-over-day ones);
 * - yesterday against the same weekday a week before it;
 * - this month, up to now, against last month up to the same day and time (the whole of last month
 *   when it is shorter: 31 March against all of February);
 * - last month against the month before.
 * A row counts where its stored date (createdAt) falls. A figure is approximate (≈) when any of its
 * rows has an estimated date (history rows: the site's "3 weeks ago" texts), exact when all were
 * seen arriving. Rows of unknown date are left out: they cannot be placed in any period.
 */
import type { CreatedPrecision } from '../../../utils/model';
import { daysInMonth, normalise, startOfDay, wallTime, zonedInstant } from './zoned';
import { roundAmount } from '../../../utils/money';

export interface EarningRow {
  id: number;
  amount: number;
  createdAt?: number | null;
  createdPrecision?: CreatedPrecision | null;
}

export interface Figure { sum: number; count: number; approximate: boolean }

/** [start, end) in epoch ms (a period running to now ends 1 ms after it: now is in). */
export interface Span { start: number; end: number }

export type PeriodName = 'today' | 'yesterday' | 'thisMonth' | 'lastMonth';

export interface PeriodFigures {
  name: PeriodName;
  span: Span;
  figure: Figure;
  reference: Span;
  referenceFigure: Figure;
  /** Weekday (0 Sunday) of the reference day, for today and yesterday. */
  referenceWeekday: number | null;
  /** Year and month (1–12) of the reference's month, and for this month the day it runs to. */
  referenceMonth: { year: number; month: number; toDay: number | null } | null;
}

export const EMPTY: Figure = { sum: 0, count: 0, approximate: false };

export const isApproximate = (row: EarningRow): boolean => (row.createdPrecision ?? 'exact') !== 'exact';

/** Sum, count and exactness of the rows dated in [start, end). */
export function figureOf(rows: readonly EarningRow[], { start, end }: Span): Figure {
  let sum = 0;
  let count = 0;
  let approximate = false;
  for (const row of rows) {
    const at = row.createdAt;
    if (at == null || at < start || at >= end) continue;
    sum += row.amount;
    count += 1;
    approximate ||= isApproximate(row);
  }
  return { sum: roundAmount(sum), count, approximate };
}


/** The four spans and their references at `now` in `timeZone`. */
export function periodSpans(now: number, timeZone: string): Omit<PeriodFigures, 'figure' | 'referenceFigure'>[] {
  const w = wallTime(now, timeZone);
  const { year, month, day } = w;
  const dayStart = (d: number) => startOfDay(timeZone, year, month, d);
  /** The same wall time as now, `days` days earlier (calendar days: DST-proof). */
  const sameTimeDaysAgo = (days: number) => {
    const n = normalise(year, month, day - days);
    return zonedInstant(timeZone, n.year, n.month, n.day, w.hour, w.minute, w.second, w.ms);
  };
  const monthStart = (back: number) => zonedInstant(timeZone, year, month - back, 1);
  const prev = normalise(year, month - 1, 1);
  const prev2 = normalise(year, month - 2, 1);
  // This month to now against last month to the same day and time, or all of it when it is shorter.
  const lastMonthDays = daysInMonth(prev.year, prev.month);
  const monthRefEnd = day > lastMonthDays
    ? monthStart(0)
    : Math.min(monthStart(0), zonedInstant(timeZone, prev.year, prev.month, day, w.hour, w.minute, w.second, w.ms) + 1);
  const weekday = (daysAgo: number) => normalise(year, month, day - daysAgo).weekday;
  return [
    {
      name: 'today', span: { start: dayStart(day), end: now + 1 },
      reference: { start: dayStart(day - 7), end: sameTimeDaysAgo(7) + 1 }, referenceWeekday: weekday(7), referenceMonth: null,
    },
    {
      name: 'yesterday', span: { start: dayStart(day - 1), end: dayStart(day) },
      reference: { start: dayStart(day - 8), end: dayStart(day - 7) }, referenceWeekday: weekday(8), referenceMonth: null,
    },
    {
      name: 'thisMonth', span: { start: monthStart(0), end: now + 1 },
      reference: { start: monthStart(1), end: monthRefEnd }, referenceWeekday: null,
      referenceMonth: { year: prev.year, month: prev.month, toDay: Math.min(day, lastMonthDays) },
    },
    {
      name: 'lastMonth', span: { start: monthStart(1), end: monthStart(0) },
      reference: { start: monthStart(2), end: monthStart(1) }, referenceWeekday: null,
      referenceMonth: { year: prev2.year, month: prev2.month, toDay: null },
    },
  ];
}

/** Every period with its figure and its reference's figure. */
export function periodFigures(rows: readonly EarningRow[], now: number, timeZone: string): PeriodFigures[] {
  return periodSpans(now, timeZone).map((p) => ({ ...p, figure: figureOf(rows, p.span), referenceFigure: figureOf(rows, p.reference) }));
}

/** The earliest instant any period or reference needs (what to read from the database). */
export function earliestNeeded(now: number, timeZone: string): number {
  return Math.min(...periodSpans(now, timeZone).map((p) => Math.min(p.span.start, p.reference.start)));
}

export type Trend =
  | { kind: 'up' | 'down'; percent: number }
  | { kind: 'same' }
  /** Something now, nothing in the reference: a percent would be infinite. */
  | { kind: 'fromZero' }
  | { kind: 'none' };

/** How a figure compares with its reference (whole percents; "same" within half a percent). */
export function trendOf(figure: Figure, reference: Figure): Trend {
  if (reference.sum === 0) return figure.sum === 0 ? { kind: reference.count === 0 && figure.count === 0 ? 'none' : 'same' } : { kind: 'fromZero' };
  const percent = Math.round(((figure.sum - reference.sum) / Math.abs(reference.sum)) * 100);
  if (percent === 0) return { kind: 'same' };
  return { kind: percent > 0 ? 'up' : 'down', percent: Math.abs(percent) };
}

/** Sum and count of the rows marked new in this popup ("since you last looked"): which rows they are
 *  does not depend on their dates, so this figure is never approximate. */
export function sinceLastLooked(rows: readonly EarningRow[], newIds: readonly number[]): Figure {
  const wanted = new Set(newIds);
  const seen = new Set<number>();
  let sum = 0;
  for (const row of rows) {
    if (!wanted.has(row.id) || seen.has(row.id)) continue;
    seen.add(row.id);
    sum += row.amount;
  }
  return { sum: roundAmount(sum), count: seen.size, approximate: false };
}
