/**
 * Today's earnings for the badge: the exchanges created since local midnight, read from the
 * history store by creation date, summed per currency (accounts of one currency add up; another
 * currency is its own figure). Rows of unknown date are not counted.
 */
import { exchangesCreatedBetween } from '../../utils/storage/history';
import type { TodayFigure } from './badge';

/** Local midnight of the day `now` falls in, and the next one (a DST day is 23 or 25 hours). */
export function localDay(now: number): { from: number; to: number } {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const next = new Date(start);
  next.setDate(start.getDate() + 1);
  return { from: start.getTime(), to: next.getTime() };
}

/** Amounts per currency in first-seen order, summed in kopecks (no float drift over many rows). */
export function sumByCurrency(rows: readonly { amount: number; currency: string }[]): TodayFigure[] {
  const cents = new Map<string, number>();
  for (const { amount, currency } of rows) {
    const code = currency.toLowerCase();
    cents.set(code, (cents.get(code) ?? 0) + Math.round(amount * 100));
  }
  return [...cents].map(([currency, total]) => ({ currency, amount: total / 100 }));
}

/** Today's figures across these accounts (in their order); empty when nothing was earned today. */
export async function todayEarnings(accountIds: readonly string[], now = Date.now()): Promise<TodayFigure[]> {
  const { from, to } = localDay(now);
  const lists = await Promise.all(accountIds.map((id) => exchangesCreatedBetween(id, from, to)));
  return sumByCurrency(lists.flat());
}
