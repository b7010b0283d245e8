/**
 * Today's earnings for the badge: the exchanges created since local midnight, read from the
 * history store by creation date, summed per currency (accounts of one currency add up; another
 * currency is its own figure). Rows of unknown date are not counted.
 */
import { exchangesCreatedBetween } from '../../utils/storage/history';
import type { TodayFigure } from './badge';
import { sumAmounts } from '../../utils/money';

/** Local midnight of the day `now` falls in, and the next one (a DST day is 23 or 25 hours). */
export function localDay(now: number): { from: number; to: number } {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const next = new Date(start);
  next.setDate(start.getDate() + 1);
  return { from: start.getTime(), to: next.getTime() };
}

/** Amounts per currency in first-seen order, summed without float drift (utils/money.ts). */
export function sumByCurrency(rows: readonly { amount: number; currency: string }[]): TodayFigure[] {
  const amounts = new Map<string, number[]>();
  for (const { amount, currency } of rows) {
    const code = currency.toLowerCase();
    const list = amounts.get(code);
    if (list) list.push(amount);
    else amounts.set(code, [amount]);
  }
  return [...amounts].map(([currency, list]) => ({ currency, amount: sumAmounts(list) }));
}

/** Today's figures across these accounts (in their order); empty when nothing was earned today. */
export async function todayEarnings(accountIds: readonly string[], now = Date.now()): Promise<TodayFigure[]> {
  const { from, to } = localDay(now);
  const lists = await Promise.all(accountIds.map((id) => exchangesCreatedBetween(id, from, to)));
  return sumByCurrency(lists.flat());
}
