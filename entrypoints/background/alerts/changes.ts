/**
 * What one successful sync changed that the alerts compare, gathered where the sync commits
 * (sync-account.ts) so the sync path itself stays as it is: the summary before and after, and the
 * payouts the head walk found that were not stored before.
 */
import type { AccountCache, SummaryRecord } from '../../../utils/model';
import { newPayouts, type PayoutFacts } from './payout-steps';

export interface SyncChanges {
  /** The summary the previous sync stored (null before any). */
  before: SummaryRecord | null;
  after: SummaryRecord | null;
  /** Payouts first seen by this sync's head walk. */
  newPayouts: PayoutFacts[];
}

export const noChanges = (): SyncChanges => ({ before: null, after: null, newPayouts: [] });

export function syncChanges(
  previous: AccountCache | null, next: AccountCache, stored: readonly { id: number; firstSeenAt: number }[], head: readonly PayoutFacts[],
): SyncChanges {
  // merge.ts's rule: a row stored by a sync whose cache never landed (the worker was stopped between
  // the two writes) was never announced, so it still counts as new.
  const committed = previous?.lastSuccessAt ?? -Infinity;
  const known = stored.filter((p) => p.firstSeenAt <= committed);
  return { before: previous?.summary ?? null, after: next.summary, newPayouts: newPayouts(known, head) };
}
