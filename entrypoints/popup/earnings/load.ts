/**
 * What the earnings panel shows, read from the stored history (IndexedDB, by creation date) and
 * computed at `now` in the browser's time zone. Its own chunk, loaded after the balance: it brings
 * the database library, which the popup's first paint must not wait for.
 */
import { exchangesCreatedBetween } from '../../../utils/storage/history';
import type { ExchangeRecord } from '../../../utils/model';
import { earliestNeeded, periodFigures, sinceLastLooked, type Figure, type PeriodFigures } from './periods';
import { dailySeries, type Series } from './daily';
import { startOfDay, wallTime } from './zoned';

export interface Earnings { periods: PeriodFigures[]; since: Figure; series: Series; timeZone: string }

/** The browser's zone ("Europe/Moscow"); UTC when it names none. */
export const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export async function loadEarnings(
  accountId: string,
  now: number,
  recent: readonly ExchangeRecord[],
  newIds: readonly number[],
  timeZone = localZone(),
): Promise<Earnings> {
  const today = wallTime(now, timeZone);
  const from = Math.min(earliestNeeded(now, timeZone), startOfDay(timeZone, today.year, today.month, today.day - 40));
  const rows = await exchangesCreatedBetween(accountId, from, now + 1);
  // The rows marked new are in the database too (the background writes rows before the cache);
  // the cache's recent rows cover one whose date is unknown, which the date index leaves out.
  return {
    periods: periodFigures(rows, now, timeZone),
    since: sinceLastLooked([...rows, ...recent], newIds),
    series: dailySeries(rows, now, timeZone),
    timeZone,
  };
}
