/**
 * When an account may be synced, in one place (pure: `now` is passed in). Only the background
 * decides: the popup asks for a refresh "if due" and is told nothing more.
 */
import type { AccountCache, Settings } from '../../../utils/model';
import type { Backoff } from './backoff';

/**
 * Whether a scheduled (alarm) sync may run now: not while paused for a key problem (until the key
 * or address changes) or before the backoff's next attempt. A manual refresh skips this check on
 * purpose: the user may just have fixed the key or the site on their side.
 */
export function isDue(backoff: Backoff, now: number): boolean {
  return !backoff.paused && (backoff.nextAttemptAt == null || backoff.nextAttemptAt <= now);
}

/**
 * Whether opening the popup should sync an account: never synced, or the last attempt is at least
 * one update interval old, and the backoff allows it (a 429's wait, or a pause until the key is fixed).
 */
export function dueForRefresh(cache: AccountCache | null, settings: Pick<Settings, 'pollMinutes'>, now: number): boolean {
  if (!cache) return true;
  if (!isDue(cache.backoff, now)) return false;
  return cache.lastSyncAt === null || now - cache.lastSyncAt >= settings.pollMinutes * 60_000;
}
