/**
 * defineLazyItem: a WXT storage item (same interface, usable in storage.getItems/setItems/
 * removeItems) that touches storage only when asked. WXT's storage.defineItem (@wxt-dev/storage
 * 1.3) reads the item's whole value once as soon as it is defined, and the per-account items are
 * defined on every use: each read of the 10 000-row `exchanges:<id>` list (1.7 MB) cost two or
 * three. Hand-written (a dozen delegations) because the library has no option to skip that read.
 * For items without migrations only; an item that needs them uses storage.defineItem.
 */
import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';

export function defineLazyItem<T>(key: StorageItemKey, fallback: T): WxtStorageItem<T, {}> {
  return {
    key,
    fallback,
    defaultValue: fallback,
    getValue: async () => (await storage.getItem<T>(key)) ?? fallback,
    setValue: (value) => storage.setItem(key, value),
    removeValue: (options) => storage.removeItem(key, options),
    getMeta: () => storage.getMeta(key),
    setMeta: (properties) => storage.setMeta(key, properties),
    removeMeta: (properties) => storage.removeMeta(key, properties),
    watch: (callback) => storage.watch<T>(key, (next, previous) => callback(next ?? fallback, previous ?? fallback)),
    watchMeta: (callback) => storage.watchMeta(key, callback),
    migrate: async () => undefined,
  };
}
