import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { defineLazyItem } from '../../utils/storage-item';

describe('defineLazyItem', () => {
  it('does not read storage when defined (WXT defineItem reads the whole value)', async () => {
    await fakeBrowser.storage.local.set({ big: [1, 2, 3] });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    defineLazyItem<number[]>('local:big', []);
    storage.defineItem<number[]>('local:big', { fallback: [] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Only the WXT item read; the lazy one did not.
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('reads, writes and removes its key, with the fallback for a missing value', async () => {
    const item = defineLazyItem<{ n: number } | null>('local:thing', null);
    expect(await item.getValue()).toBeNull();
    await item.setValue({ n: 2 });
    expect(await fakeBrowser.storage.local.get('thing')).toEqual({ thing: { n: 2 } });
    expect(await item.getValue()).toEqual({ n: 2 });
    await item.removeValue();
    expect(await item.getValue()).toBeNull();
    expect(item.fallback).toBeNull();
  });

  it('works in the bulk calls as a WXT item (getItems/setItems/removeItems) and in the session area', async () => {
    const a = defineLazyItem<number>('local:a', 0);
    const b = defineLazyItem<string>('session:b', 'none');
    await storage.setItems([{ item: a, value: 7 }, { item: b, value: 'x' }]);
    expect(await fakeBrowser.storage.session.get('b')).toEqual({ b: 'x' });
    expect((await storage.getItems([a, b])).map((e) => e.value)).toEqual([7, 'x']);
    await storage.removeItems([a, b]);
    expect((await storage.getItems([a, b])).map((e) => e.value)).toEqual([0, 'none']);
  });

  it('watch reports changes with the fallback for a removed value', async () => {
    const item = defineLazyItem<string[]>('local:list', []);
    const seen: [string[], string[]][] = [];
    const stop = item.watch((next, previous) => seen.push([next, previous]));
    await item.setValue(['x']);
    await item.removeValue();
    stop();
    await item.setValue(['y']);
    expect(seen).toEqual([[['x'], []], [[], ['x']]]);
  });

  it('keeps metadata calls working', async () => {
    const item = defineLazyItem<number>('local:m', 0);
    await item.setMeta({ v: 3 } as never);
    expect(await item.getMeta()).toEqual({ v: 3 });
    await item.removeMeta();
    expect(await item.getMeta()).toEqual({});
  });
});
