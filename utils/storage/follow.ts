/**
 * Following an item from a page: its value now, then every change (a module of its own so the
 * popup's first chunk does not carry it: only what loads after the balance uses it).
 */
import type { Item } from './item';

/**
 * The item's value now and whenever it changes: `callback` gets the first read, then every change.
 * A first read that lands after a change is dropped (it would put an older value back).
 */
export function follow<T>(item: Item<T>, callback: (value: T) => void): () => void {
  let changed = false;
  let stopped = false;
  const unwatch = item.watch((next) => {
    changed = true;
    callback(next);
  });
  void item.get().then((value) => {
    if (!changed && !stopped) callback(value);
  }, () => undefined);
  return () => {
    stopped = true;
    unwatch();
  };
}
