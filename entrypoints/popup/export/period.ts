/**
 * The period a download covers, by the stored date of each row (createdAt and its precision).
 * A date is an estimate: a row is in the period when the interval its date stands for overlaps
 * the period at all, so a row near the edge goes in (its precision column says how unsure it is)
 * rather than silently out. A row with no date (stored before dates existed, or text the parser
 * did not know) was created before it was first seen: its interval is (-∞, firstSeenAt].
 */
import type { CreatedPrecision } from '../../../utils/model';

export type Period = 'thisMonth' | 'lastMonth' | 'thisYear' | 'all';
export const PERIODS: readonly Period[] = ['thisMonth', 'lastMonth', 'thisYear', 'all'];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Half the width of the interval a precision stands for (the estimate is its middle); months and
 *  years the longest ones (31 days, 366 days), so the test errs on the side of including. */
const HALF_WIDTH: Record<CreatedPrecision, number> = {
  exact: 0,
  hour: HOUR / 2,
  day: DAY / 2,
  week: 3.5 * DAY,
  month: 15.5 * DAY,
  year: 183 * DAY,
};

/** [start, end) in epoch ms, local calendar; null for everything. */
export function periodBounds(period: Period, now: Date): { start: number; end: number } | null {
  const y = now.getFullYear();
  const m = now.getMonth();
  if (period === 'thisMonth') return { start: new Date(y, m, 1).getTime(), end: new Date(y, m + 1, 1).getTime() };
  if (period === 'lastMonth') return { start: new Date(y, m - 1, 1).getTime(), end: new Date(y, m, 1).getTime() };
  if (period === 'thisYear') return { start: new Date(y, 0, 1).getTime(), end: new Date(y + 1, 0, 1).getTime() };
  return null;
}

export interface Dated {
  createdAt?: number | null;
  createdPrecision?: CreatedPrecision | null;
  firstSeenAt: number;
}

type CreatedAt = Dated['createdAt'];
type Precision = Dated['createdPrecision'];

const earliestOf = (createdAt: CreatedAt, precision: Precision) =>
  createdAt == null ? -Infinity : createdAt - HALF_WIDTH[precision ?? 'exact'];
const latestOf = (createdAt: CreatedAt, precision: Precision, firstSeenAt: number) =>
  createdAt == null ? firstSeenAt : createdAt + HALF_WIDTH[precision ?? 'exact'];

/** The interval a row's stored date stands for, inclusive. */
export function dateRange(row: Dated): { earliest: number; latest: number } {
  return { earliest: earliestOf(row.createdAt, row.createdPrecision), latest: latestOf(row.createdAt, row.createdPrecision, row.firstSeenAt) };
}

/** Whether a row is in the period, from its three stored fields (a CSV reads them by column). */
export type InPeriodAt = (createdAt: CreatedAt, precision: Precision, firstSeenAt: number) => boolean;

/** The test of a period's rows; null for 'all' (every row is in). */
export function inPeriodAt(period: Period, now: Date): InPeriodAt | null {
  const bounds = periodBounds(period, now);
  if (!bounds) return null;
  return (createdAt, precision, firstSeenAt) =>
    latestOf(createdAt, precision, firstSeenAt) >= bounds.start && earliestOf(createdAt, precision) < bounds.end;
}

/** A filter for rows of a period (everything passes for 'all'). */
export function inPeriod(period: Period, now: Date): (row: Dated) => boolean {
  const test = inPeriodAt(period, now);
  return test ? (row) => test(row.createdAt, row.createdPrecision, row.firstSeenAt) : () => true;
}
