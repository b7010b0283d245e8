import { describe, expect, it } from 'vitest';
import { firstAccountId, markedNewCount, seenThrough, unseenIds, withMarkedNew, type PopupData } from '../../../entrypoints/popup/state';
import { DEFAULT_SETTINGS } from '../../../utils/storage/items';
import { emptyCache, type Account, type AccountCache } from '../../../utils/model';

const account = (id: string): Account => ({ id, origin: `https://${id}.example`, layout: 'v2', key: 'k', label: id, addedAt: 1 });
const cache = (arrivals: [number, number][], lastSuccessAt = 100): AccountCache =>
  ({ ...emptyCache(), arrivals: arrivals.map(([id, at]) => ({ id, at })), lastSuccessAt });

function data(byId: PopupData['byId']): PopupData {
  return { accounts: Object.keys(byId).map(account), settings: DEFAULT_SETTINGS, byId, markedNew: {} };
}

describe('popup state', () => {
  it('unseen = arrivals after the seen mark', () => {
    expect(unseenIds({ cache: cache([[3, 30], [2, 20], [1, 10]]), seenAt: 15 })).toEqual([3, 2]);
    expect(unseenIds({ cache: null, seenAt: 0 })).toEqual([]);
  });

  it('marked new: what was unseen stays marked while the popup is open, even after markSeen', () => {
    const first = withMarkedNew(data({ a: { cache: cache([[2, 20], [1, 10]]), seenAt: 15 }, b: { cache: null, seenAt: 0 } }));
    expect(first.markedNew).toEqual({ a: [2] });
    const seen = withMarkedNew({ ...first, byId: { ...first.byId, a: { cache: cache([[3, 30], [2, 20]]), seenAt: 20 } } });
    expect(seen.markedNew).toEqual({ a: [3, 2] });
    expect(markedNewCount(seen, 'a')).toBe(2);
    expect(markedNewCount(seen, 'b')).toBe(0);
    // Nothing new: the very same object (no re-render).
    expect(withMarkedNew(seen)).toBe(seen);
  });

  it('seenThrough: the last success shown, when it is past the seen mark', () => {
    expect(seenThrough({ cache: cache([], 100), seenAt: 50 })).toBe(100);
    expect(seenThrough({ cache: cache([], 100), seenAt: 100 })).toBeNull();
    expect(seenThrough({ cache: null, seenAt: 0 })).toBeNull();
  });

  it('opens the first account with something new, else the first one', () => {
    expect(firstAccountId(withMarkedNew(data({ a: { cache: cache([]), seenAt: 0 }, b: { cache: cache([[1, 10]]), seenAt: 0 } })))).toBe('b');
    expect(firstAccountId(data({ a: { cache: null, seenAt: 0 }, b: { cache: null, seenAt: 0 } }))).toBe('a');
    expect(firstAccountId({ ...data({}), accounts: [] })).toBeNull();
  });
});
