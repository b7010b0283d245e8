/**
 * Calendar arithmetic in an explicit IANA time zone (the browser's own in the popup, any zone in
 * tests), with nothing but Intl: the wall-clock parts of an instant, and the instant of a wall-clock
 * time. Days and months are calendar steps, never multiples of 24 h, so month ends, daylight-saving
 * changes (23- and 25-hour days) and zones far from UTC all land on the right midnight.
 */

/** A wall-clock date and time; month 1–12, weekday 0 (Sunday) – 6. */
export interface WallTime { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number }

const readers = new Map<string, Intl.DateTimeFormat>();

function reader(timeZone: string): Intl.DateTimeFormat {
  let format = readers.get(timeZone);
  if (!format) {
    // en-US with h23 gives plain ASCII digits in every field; the parts are read by type.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    readers.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time of an instant in a zone. */
export function wallTime(at: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of reader(timeZone).formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second!,
    ms: ((at % 1000) + 1000) % 1000,
  };
}

/** The zone's offset from UTC at an instant, in ms (east positive). */
function offsetAt(at: number, timeZone: string): number {
  const w = wallTime(at, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) - at;
}

/**
 * The instant a wall-clock time names in a zone. Fields may overflow (day 0, day 35, month 13):
 * they are normalised like Date.UTC does, which is what calendar steps need. A time the clocks
 * skip (spring forward) is moved forward by the gap, like Date does; a time they pass twice (autumn)
 * gives its second instant.
 */
export function zonedInstant(timeZone: string, year: number, month: number, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Two rounds settle every real zone: the offset at the first guess, then at the corrected instant.
  let at = asUtc - offsetAt(asUtc, timeZone);
  const again = asUtc - offsetAt(at, timeZone);
  if (again !== at) {
    // In a gap, both candidates disagree: the later of the two is just after the skipped hour.
    const third = asUtc - offsetAt(again, timeZone);
    at = third === again ? again : Math.max(at, again);
  }
  return at;
}

/** Wall fields normalised (day 0 → last day of the month before, month 13 → January next year). */
export function normalise(year: number, month: number, day: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(Date.UTC(year, month - 1, day));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Midnight starting a calendar day (fields may overflow). */
export const startOfDay = (timeZone: string, year: number, month: number, day: number): number => {
  const n = normalise(year, month, day);
  return zonedInstant(timeZone, n.year, n.month, n.day);
};

/** The key of a calendar day, "2026-12-03", for grouping. */
export const dayKey = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
