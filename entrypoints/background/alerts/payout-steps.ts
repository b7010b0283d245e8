/**
 * Payout alerts from request to paid. merge.ts already reports "unpaid → paid" for stored rows;
 * this adds the step before it: a payout request the head walk found that was not stored before.
 * Only the head walk (page 1 on): rows found by walking the older history are never announced,
 * and neither is anything on the first sync. A new row already paid (requested and paid between
 * two syncs) is announced as paid, so the partner still hears about it.
 */
import type { PayoutRecord } from '../../../utils/model';

/** What the alerts need of a payout (ApiPayout and PayoutRecord both have it). */
export type PayoutFacts = Pick<PayoutRecord, 'id' | 'status' | 'amount' | 'currency'>;

/** Head-walk payouts whose id is not stored yet, newest first as the site lists them. */
export function newPayouts(stored: readonly { id: number }[], head: readonly PayoutFacts[]): PayoutFacts[] {
  const known = new Set(stored.map((p) => p.id));
  const seen = new Set<number>();
  return head.filter((p) => !known.has(p.id) && !seen.has(p.id) && seen.add(p.id))
    .map(({ id, status, amount, currency }) => ({ id, status, amount, currency }));
}

export interface PayoutSteps {
  /** New requests awaiting payment ("unpaid", the word merge.ts also reads), oldest first (the order they were made). */
  requested: PayoutFacts[];
  /** New rows the site lists as paid already. */
  paidAtOnce: PayoutFacts[];
}

export function payoutSteps(fresh: readonly PayoutFacts[], first: boolean): PayoutSteps {
  if (first) return { requested: [], paidAtOnce: [] };
  const oldestFirst = [...fresh].sort((a, b) => a.id - b.id);
  return {
    requested: oldestFirst.filter((p) => p.status === 'unpaid'),
    paidAtOnce: oldestFirst.filter((p) => p.status === 'paid'),
  };
}
