/**
 * Single flight per account, at two levels:
 * - in memory: one promise per account; triggers that meet a running sync share it
 *   (alarm + popup refresh at once → one set of requests);
 * - in storage: a lease with an expiry (`local:lease:<id>`), so a sync abandoned by a killed
 *   service worker blocks that account for at most LEASE_MS, never for good as a flag would.
 *   A long walk renews it as it goes.
 */
import type { Lease } from '../../../utils/model';
import { leaseItem } from '../store';

export const LEASE_MS = 2 * 60_000;

/** One running promise per key. Hand-written: a dozen lines, no library needed. */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  /** The run in progress for `key`, if any. */
  current(key: string): Promise<T> | undefined {
    return this.running.get(key);
  }

  /** Join the run in progress for `key`, or start `run`. */
  join(key: string, run: () => Promise<T>): Promise<T> {
    return this.running.get(key) ?? this.track(key, run());
  }

  /** Start `run` once the run in progress (if any) has ended; triggers meanwhile join this one. */
  after(key: string, run: () => Promise<T>): Promise<T> {
    const previous = this.running.get(key);
    return this.track(key, previous ? previous.then(run, run) : run());
  }

  private track(key: string, promise: Promise<T>): Promise<T> {
    this.running.set(key, promise);
    const forget = () => {
      if (this.running.get(key) === promise) this.running.delete(key);
    };
    promise.then(forget, forget);
    return promise;
  }
}

/** Whether `owner` may take the lease now (free, expired, or already its own). */
export function leaseFree(lease: Lease | null, owner: string, now: number): boolean {
  return lease == null || lease.owner === owner || lease.expiresAt <= now;
}

/** A renewal is due once half the lease has run out (so a long walk does not write every page). */
export function leaseNeedsRenewal(lease: Lease, now: number): boolean {
  return lease.expiresAt - now < LEASE_MS / 2;
}

export interface LeaseHandle {
  renew(now: number): Promise<void>;
  release(): Promise<void>;
}

/**
 * Take the storage lease of an account, or null when another live owner holds it.
 * storage.local has no compare-and-set: write, then read back to see who won.
 */
export async function acquireLease(accountId: string, owner: string, now: number, current?: Lease | null): Promise<LeaseHandle | null> {
  const item = leaseItem(accountId);
  // `current`: the lease as the caller has just read it (with the cache, in one storage call).
  if (!leaseFree(current === undefined ? await item.get() : current, owner, now)) return null;
  let held: Lease = { owner, expiresAt: now + LEASE_MS };
  await item.set(held);
  if ((await item.get())?.owner !== owner) return null;
  return {
    async renew(at) {
      if (!leaseNeedsRenewal(held, at)) return;
      held = { owner, expiresAt: at + LEASE_MS };
      await item.set(held);
    },
    async release() {
      if ((await item.get())?.owner === owner) await item.remove();
    },
  };
}
