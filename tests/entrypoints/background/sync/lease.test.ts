import { describe, expect, it } from 'vitest';
import { LEASE_MS, SingleFlight, acquireLease, leaseFree, leaseNeedsRenewal } from '../../../../entrypoints/background/sync/lease';
import { leaseItem } from '../../../../utils/storage/items';

const T0 = 1_700_000_000_000;

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('SingleFlight', () => {
  it('callers during a run share its promise; a later call starts a new run', async () => {
    const flights = new SingleFlight<number>();
    const gate = deferred<number>();
    let runs = 0;
    const run = () => { runs += 1; return gate.promise; };
    const a = flights.join('acc', run);
    const b = flights.join('acc', run);
    expect(b).toBe(a);
    expect(flights.join('other', async () => 7)).not.toBe(a);
    gate.resolve(1);
    expect(await Promise.all([a, b])).toEqual([1, 1]);
    expect(runs).toBe(1);
    await Promise.resolve();
    expect(flights.current('acc')).toBeUndefined();
    expect(await flights.join('acc', async () => 2)).toBe(2);
  });

  it('a failed run is forgotten too, so the next trigger retries', async () => {
    const flights = new SingleFlight<number>();
    await expect(flights.join('acc', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await flights.join('acc', async () => 3)).toBe(3);
  });

  it('after() waits for the running flight; joins meanwhile get the queued run', async () => {
    const flights = new SingleFlight<string>();
    const gate = deferred<string>();
    const order: string[] = [];
    const first = flights.join('acc', async () => { const v = await gate.promise; order.push('first'); return v; });
    const second = flights.after('acc', async () => { order.push('second'); return 'second'; });
    expect(flights.join('acc', async () => 'never')).toBe(second);
    gate.resolve('first');
    expect(await first).toBe('first');
    expect(await second).toBe('second');
    expect(order).toEqual(['first', 'second']);
  });

  it('after() runs even when the previous flight failed', async () => {
    const flights = new SingleFlight<string>();
    const failing = flights.join('acc', async () => { throw new Error('x'); });
    const next = flights.after('acc', async () => 'ran');
    await expect(failing).rejects.toThrow('x');
    expect(await next).toBe('ran');
  });
});

describe('storage lease', () => {
  it('is free when absent, expired, or already ours', () => {
    expect(leaseFree(null, 'me', T0)).toBe(true);
    expect(leaseFree({ owner: 'dead', expiresAt: T0 }, 'me', T0)).toBe(true);
    expect(leaseFree({ owner: 'other', expiresAt: T0 + 1 }, 'me', T0)).toBe(false);
    expect(leaseFree({ owner: 'me', expiresAt: T0 + 1 }, 'me', T0)).toBe(true);
  });

  it('a lease left by a killed worker blocks only until it expires', async () => {
    await leaseItem('acc').set({ owner: 'killed-worker', expiresAt: T0 + LEASE_MS });
    expect(await acquireLease('acc', 'new-worker', T0 + 1000)).toBeNull();
    const handle = await acquireLease('acc', 'new-worker', T0 + LEASE_MS);
    expect(handle).not.toBeNull();
    expect(await leaseItem('acc').get()).toEqual({ owner: 'new-worker', expiresAt: T0 + 2 * LEASE_MS });
    await handle!.release();
    expect(await leaseItem('acc').get()).toBeNull();
  });

  it('renews only past half its life, and release leaves a lease taken over by another owner alone', async () => {
    const handle = (await acquireLease('acc', 'me', T0))!;
    expect(leaseNeedsRenewal({ owner: 'me', expiresAt: T0 + LEASE_MS }, T0 + 1000)).toBe(false);
    await handle.renew(T0 + 1000);
    expect((await leaseItem('acc').get())!.expiresAt).toBe(T0 + LEASE_MS);
    await handle.renew(T0 + LEASE_MS / 2 + 1);
    expect((await leaseItem('acc').get())!.expiresAt).toBe(T0 + LEASE_MS * 1.5 + 1);
    await leaseItem('acc').set({ owner: 'someone-else', expiresAt: T0 + 10 * LEASE_MS });
    await handle.release();
    expect((await leaseItem('acc').get())!.owner).toBe('someone-else');
  });
});
