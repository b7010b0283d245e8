/**
 * One deadline per sync (issue 14): a site answering each page just under the 15 s request timeout
 * once held a routine sync ~50 min and a CSV export ~4 h, with Refresh and Disconnect waiting for
 * it. The deadline aborts the same per-account AbortController that Disconnect uses, with a
 * SyncDeadlineError as the abort reason: that reason is what tells "too slow, a `timeout` with
 * backoff" from "stopped on purpose, record nothing".
 */

/** A routine sync (3 requests in steady state, up to 200 pages a list on a first sync). */
export const SYNC_DEADLINE_MS = 2 * 60_000;
/** A sync that walks one list to its end for a CSV export (`deep`, up to 1000 pages). */
export const DEEP_SYNC_DEADLINE_MS = 10 * 60_000;

export interface Deadlines {
  routineMs: number;
  deepMs: number;
}

export const DEFAULT_DEADLINES: Deadlines = { routineMs: SYNC_DEADLINE_MS, deepMs: DEEP_SYNC_DEADLINE_MS };

/** The abort reason of a sync that ran out of time. Named like the platform's timeout, so toFailure reads it as `timeout`. */
export class SyncDeadlineError extends Error {
  override readonly name = 'TimeoutError';

  constructor(readonly ms: number) {
    super(`the sync did not finish within ${ms} ms`);
  }
}

/** Aborted by Disconnect or an edit of the account (not by the deadline): the sync records nothing. */
export function stoppedOnPurpose(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true && !(signal.reason instanceof SyncDeadlineError);
}

/** Aborts `controller` with a SyncDeadlineError after `ms`; returns the function that cancels the timer. */
export function armDeadline(controller: AbortController, ms: number): () => void {
  const timer = setTimeout(() => controller.abort(new SyncDeadlineError(ms)), ms);
  return () => clearTimeout(timer);
}
