/**
 * The chart's series: the earnings of each of the last `days` calendar days (today last), in a
 * time zone. Pure; days are calendar days (23 or 25 hours across a DST change).
 */
import { figureOf, type EarningRow, type Figure } from './periods';
import { dayKey, normalise, startOfDay, wallTime } from './zoned';

export interface Day {
  key: string;
  year: number;
  month: number;
  day: number;
  weekday: number;
  start: number;
  end: number;
  figure: Figure;
  today: boolean;
}

export interface Series { days: Day[]; total: Figure; max: number }

export const CHART_DAYS = 30;

export function dailySeries(rows: readonly EarningRow[], now: number, timeZone: string, days = CHART_DAYS): Series {
  const { year, month, day } = wallTime(now, timeZone);
  const out: Day[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const d = normalise(year, month, day - back);
    const start = startOfDay(timeZone, d.year, d.month, d.day);
    const end = back === 0 ? now + 1 : startOfDay(timeZone, d.year, d.month, d.day + 1);
    out.push({ key: dayKey(d.year, d.month, d.day), ...d, start, end, figure: figureOf([], { start, end }), today: back === 0 });
  }
  const first = out[0]!.start;
  const inRange = rows.filter((r) => r.createdAt != null && r.createdAt >= first && r.createdAt <= now);
  for (const item of out) item.figure = figureOf(inRange, item);
  const total = figureOf(inRange, { start: first, end: now + 1 });
  const max = out.reduce((m, d) => Math.max(m, d.figure.sum), 0);
  return { days: out, total, max };
}
