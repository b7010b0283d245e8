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
  previous: AccountCache | null, next: AccountCache, stored: readonly { id: number }[], head: readonly PayoutFacts[],
): SyncChanges {
  return { before: previous?.summary ?? null, after: next.summary, newPayouts: newPayouts(stored, head) };
}
