import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem, getItems, removeItems, setItems } from '../../../utils/storage/item';
import { follow } from '../../../utils/storage/follow';

describe('defineItem', () => {
  it('does not read storage when defined', async () => {
    await fakeBrowser.storage.local.set({ big: [1, 2, 3] });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    defineItem<number[]>('local', 'big', []);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(get).not.toHaveBeenCalled();
  });

  it('reads, writes and removes its key, with the fallback for a missing value', async () => {
    const item = defineItem<{ n: number } | null>('local', 'thing', null);
    expect(await item.get()).toBeNull();
    await item.set({ n: 2 });
    expect(await fakeBrowser.storage.local.get('thing')).toEqual({ thing: { n: 2 } });
    expect(await item.get()).toEqual({ n: 2 });
    await item.remove();
    expect(await item.get()).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps to its area', async () => {
    const local = defineItem<string>('local', 'k', 'none');
    const session = defineItem<string>('session', 'k', 'none');
    await session.set('s');
    expect(await local.get()).toBe('none');
    expect(await fakeBrowser.storage.session.get('k')).toEqual({ k: 's' });
  });

  it('watch reports changes of its own key and area, with the fallback for a removed value', async () => {
    const item = defineItem<string[]>('local', 'list', []);
    const seen: [string[], string[]][] = [];
    const stop = item.watch((next, previous) => seen.push([next, previous]));
    await item.set(['x']);
    await defineItem<string[]>('local', 'other', []).set(['no']);
    await defineItem<string[]>('session', 'list', []).set(['no']);
    await item.remove();
    stop();
    await item.set(['y']);
    expect(seen).toEqual([[['x'], []], [[], ['x']]]);
  });
});

describe('bulk calls', () => {
  it('getItems reads several items in one storage call, in order, with fallbacks', async () => {
    const a = defineItem<number>('local', 'a', 0);
    const b = defineItem<string>('local', 'b', 'none');
    await a.set(7);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await getItems('local', [a, b] as const)).toEqual([7, 'none']);
    expect(get).toHaveBeenCalledTimes(1);
    expect(await getItems('local', [])).toEqual([]);
  });

  it('setItems writes several items in one call; removeItems removes them', async () => {
    const a = defineItem<number>('local', 'a', 0);
    const b = defineItem<string>('local', 'b', 'none');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await setItems('local', [[a, 1], [b, 'x']]);
    expect(set).toHaveBeenCalledTimes(1);
    expect(set).toHaveBeenCalledWith({ a: 1, b: 'x' });
    await removeItems('local', [a, b]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('follow', () => {
  it('gives the first read, then every change', async () => {
    const item = defineItem<number>('local', 'n', 0);
    await item.set(1);
    const seen: number[] = [];
    const stop = follow(item, (value) => seen.push(value));
    await vi.waitFor(() => expect(seen).toEqual([1]));
    await item.set(2);
    stop();
    await item.set(3);
    expect(seen).toEqual([1, 2]);
  });

  it('drops a first read that lands after a change (it would bring the old value back)', async () => {
    const item = defineItem<{ pages: number } | null>('session', 'progress:a', null);
    await item.set({ pages: 1 });
    let answer!: (values: Record<string, unknown>) => void;
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce(() => new Promise((resolve) => { answer = resolve as never; }));
    const seen: unknown[] = [];
    const stop = follow(item, (value) => seen.push(value));
    await item.set({ pages: 2 });
    answer({ 'progress:a': { pages: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await item.remove();
    stop();
    expect(seen).toEqual([{ pages: 2 }, null]);
  });
});
