/** Preact hooks that keep a page in step with stored items (read once, then follow changes). */
import { useEffect, useState } from 'preact/hooks';
import type { Item } from '../../utils/storage/item';
import { follow } from '../../utils/storage/follow';
import { cacheItem } from '../../utils/storage/items';
import type { AccountCache } from '../../utils/model';

/** The item's value; undefined until the first read answers. Pass a stable item (module constant). */
export function useStored<T>(item: Item<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => follow(item, (next) => setValue(() => next)), [item]);
  return value;
}

/** The cache of each account id, following updates from the background's syncs. */
export function useCaches(ids: readonly string[]): Record<string, AccountCache | null> {
  const [caches, setCaches] = useState<Record<string, AccountCache | null>>({});
  const joined = ids.join('\n');
  useEffect(() => {
    const stops = ids.map((id) => follow(cacheItem(id), (cache) => setCaches((all) => ({ ...all, [id]: cache }))));
    return () => stops.forEach((stop) => stop());
    // `joined` stands for `ids`: a new array with the same ids must not re-subscribe.
  }, [joined]);
  return caches;
}
