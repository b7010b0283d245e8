/**
 * Progress to the account's minimum withdrawal and to its monthly goal (pure): how far, what is
 * left, and this month's earnings from the stored exchanges' dates.
 */
import type { ExchangeRecord } from '../../utils/model';
import { sumAmounts } from '../../utils/money';

export interface Progress {
  /** 0..1, for the bar (capped: past the target the bar is full). */
  ratio: number;
  reached: boolean;
  /** What is left to the target (0 once reached). */
  remaining: number;
}

/** Progress of `amount` to `target`; null when there is no target (not set, zero or negative). */
export function progressTo(amount: number, target: number | null): Progress | null {
  if (target == null || !(target > 0)) return null;
  const reached = amount >= target;
  return { ratio: Math.min(1, Math.max(0, amount / target)), reached, remaining: reached ? 0 : target - amount };
}

/** This calendar month in the browser's time zone, [start, end) in epoch ms (DST-safe: built from dates, not by adding days). */
export function monthRange(now: number): { from: number; to: number } {
  const date = new Date(now);
  return {
    from: new Date(date.getFullYear(), date.getMonth(), 1).getTime(),
    to: new Date(date.getFullYear(), date.getMonth() + 1, 1).getTime(),
  };
}

export interface MonthEarnings {
  sum: number;
  count: number;
  /** Some row's date is an estimate coarser than an hour (history found by the first sync): the sum may be off at the month's edges. */
  approximate: boolean;
}

/** The sum of the bonuses in the account's currency (rows in another currency are not added to it). */
export function monthEarnings(rows: readonly Pick<ExchangeRecord, 'amount' | 'currency' | 'createdPrecision'>[], currency: string): MonthEarnings {
  const wanted = currency.toLowerCase();
  const mine = rows.filter((row) => row.currency.toLowerCase() === wanted);
  return {
    sum: sumAmounts(mine.map((row) => row.amount)),
    count: mine.length,
    approximate: mine.some((row) => row.createdPrecision != null && row.createdPrecision !== 'exact' && row.createdPrecision !== 'hour'),
  };
}
