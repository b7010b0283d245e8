/** Preact hooks that keep a page in step with storage items (read once, then follow changes). */
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { cacheItem } from '../../utils/storage';
import type { AccountCache } from '../../utils/model';

/** The item's value; undefined until the first read answers. Pass a stable item (module constant). */
export function useStored<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void item.getValue().then((first) => live && setValue(() => first));
    const unwatch = item.watch((next) => setValue(() => next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}

/** The cache of each account id, following updates from the background's syncs. */
export function useCaches(ids: readonly string[]): Record<string, AccountCache | null> {
  const [caches, setCaches] = useState<Record<string, AccountCache | null>>({});
  const joined = ids.join('\n');
  useEffect(() => {
    let live = true;
    const put = (id: string, cache: AccountCache | null) => live && setCaches((all) => ({ ...all, [id]: cache }));
    const unwatchAll = ids.map((id) => {
      const item = cacheItem(id);
      void item.getValue().then((cache) => put(id, cache));
      return item.watch((cache) => put(id, cache));
    });
    return () => {
      live = false;
      unwatchAll.forEach((unwatch) => unwatch());
    };
    // `joined` stands for `ids`: a new array with the same ids must not re-subscribe.
  }, [joined]);
  return caches;
}
