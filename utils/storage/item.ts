/**
 * The one typed storage API every context uses (background, popup, options): an item is an area,
 * a key and a fallback, with get / set / remove / watch, plus bulk calls that take one storage
 * round trip. Hand-written on browser.storage (about 80 lines): WXT's storage module costs the
 * popup 3 KB gzip of its 15 KB budget and reads an item's whole value as soon as it is defined.
 * No zod here (the popup's first paint must not carry it): the background checks what it reads
 * against the model's schemas in entrypoints/background/store.ts, on top of these items.
 */
import { browser } from 'wxt/browser';

export type Area = 'local' | 'session';

export interface Item<T> {
  readonly area: Area;
  readonly key: string;
  readonly fallback: T;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new and the previous value (the fallback when absent). Returns the unwatch function. */
  watch(callback: (next: T, previous: T) => void): () => void;
}

type Raw = Record<string, unknown>;
type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

const areaOf = (area: Area) => browser.storage[area];

/** A stored value, or the fallback when there is none. */
const valueOr = <T>(raw: unknown, fallback: T): T => (raw === undefined || raw === null ? fallback : (raw as T));

export function defineItem<T>(area: Area, key: string, fallback: T): Item<T> {
  return {
    area,
    key,
    fallback,
    get: async () => valueOr<T>(((await areaOf(area).get(key)) as Raw)[key], fallback),
    set: (value) => areaOf(area).set({ [key]: value }),
    remove: () => areaOf(area).remove(key),
    watch(callback) {
      const listener = (changes: Changes, changedArea: string) => {
        const change = changedArea === area ? changes[key] : undefined;
        if (change) callback(valueOr(change.newValue, fallback), valueOr(change.oldValue, fallback));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

type Values<I extends readonly Item<unknown>[]> = { [K in keyof I]: I[K] extends Item<infer T> ? T : never };

/** Several items of one area in one storage call, in order. */
export async function getItems<const I extends readonly Item<unknown>[]>(area: Area, items: I): Promise<Values<I>> {
  if (items.length === 0) return [] as unknown as Values<I>;
  const raw = (await areaOf(area).get(items.map((item) => item.key))) as Raw;
  return items.map((item) => valueOr(raw[item.key], item.fallback)) as Values<I>;
}

/** One atomic write of several items of one area (storage.set of one object is all or nothing). */
export function setItems(area: Area, entries: readonly (readonly [Item<unknown>, unknown])[]): Promise<void> {
  return areaOf(area).set(Object.fromEntries(entries.map(([item, value]) => [item.key, value])));
}

export function removeItems(area: Area, items: readonly Item<unknown>[]): Promise<void> {
  return items.length === 0 ? Promise.resolve() : areaOf(area).remove(items.map((item) => item.key));
}
