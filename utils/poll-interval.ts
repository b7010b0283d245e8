/** The one rule for the update interval: whole minutes from 1 to 60 (settings schema, options form, alarm). */
export const POLL_MIN = 1;
export const POLL_MAX = 60;

/** Any number → a whole number of minutes in range; not a number → `fallback`. */
export function clampPollMinutes(minutes: number, fallback: number): number {
  if (!Number.isFinite(minutes)) return fallback;
  return Math.min(POLL_MAX, Math.max(POLL_MIN, Math.round(minutes)));
}
