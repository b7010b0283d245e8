import { describe, expect, it } from 'vitest';
import { emptyCache, type Account } from '../../../../utils/model';
import { accountsItem, cacheItem, seenItem } from '../../../../utils/storage/items';
import { loadAccountStates, redrawBadge } from '../../../../entrypoints/background/sync/state';

const account = (id: string): Account => ({ id, origin: `https://${id}.example`, key: 'k'.repeat(32), layout: 'v2', label: id, addedAt: 1 });

describe('account states for the badge', () => {
  it('a hint (the accounts just synced) reads the same states as no hint, including accounts it does not name', async () => {
    await accountsItem.set([account('a'), account('b')]);
    await cacheItem('a').set({ ...emptyCache(), arrivals: [{ id: 1, at: 10 }, { id: 2, at: 20 }], lastSuccessAt: 20 });
    await cacheItem('b').set({ ...emptyCache(), arrivals: [{ id: 3, at: 30 }], lastSuccessAt: 30 });
    await seenItem('a').set({ seenAt: 10 });
    const plain = await loadAccountStates();
    expect(plain.map((s) => [s.account.id, s.seenAt, s.cache?.arrivals.length])).toEqual([['a', 10, 2], ['b', 0, 1]]);
    expect(await loadAccountStates(['a'])).toEqual(plain);
    // A hint naming an account removed meanwhile is ignored.
    expect(await loadAccountStates(['gone', 'b', 'a'])).toEqual(plain);
    expect((await redrawBadge(['b'])).text).toBe('2');
  });
});
