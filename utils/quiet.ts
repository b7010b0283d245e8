/**
 * When a failed update stays quiet (pure): a passing trouble (the network, a 5xx, a timeout, a 429)
 * while the saved data is still younger than twice the update interval. The popup then shows a
 * small mark instead of greying the balance and explaining; the next update usually fixes it.
 * A key or address problem is never quiet: only the partner can fix it.
 */
import type { Failure } from './errors';

const PASSING: ReadonlySet<Failure['kind']> = new Set(['network', 'server', 'timeout', 'rateLimited']);

export function isQuiet(error: Failure | null | undefined, lastSuccessAt: number | null | undefined, pollMinutes: number, now: number): boolean {
  return !!error && PASSING.has(error.kind) && lastSuccessAt != null && now - lastSuccessAt < 2 * pollMinutes * 60_000;
}
