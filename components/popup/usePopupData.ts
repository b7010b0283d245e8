/**
 * The popup's view of storage: accounts and settings, then every account's
 * small cache and seen mark: two storage round trips in all (getItems), never
 * the full histories. Kept live with item.watch(); each update goes through
 * withFresh() so exchanges that were new stay marked for this popup session.
 */
import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import type { Unwatch } from 'wxt/utils/storage';
import { accountsItem, cacheItem, seenItem, settingsItem } from '../../utils/storage';
import { NO_DATA, withFresh, type AccountData, type PopupData } from '../../utils/popup-state';
import type { Account, AccountCache, SeenState, Settings } from '../../utils/model';

// Defining a WXT item reads its value once, so each account's items are defined once per page.
const itemsById = new Map<string, { cache: ReturnType<typeof cacheItem>; seen: ReturnType<typeof seenItem> }>();
function itemsOf(id: string) {
  let items = itemsById.get(id);
  if (!items) {
    items = { cache: cacheItem(id), seen: seenItem(id) };
    itemsById.set(id, items);
  }
  return items;
}

async function readAccounts(ids: string[]): Promise<Record<string, AccountData>> {
  const values = await storage.getItems(ids.flatMap((id) => [itemsOf(id).cache, itemsOf(id).seen]));
  const byId: Record<string, AccountData> = {};
  ids.forEach((id, i) => {
    const cache = (values[2 * i]?.value ?? null) as AccountCache | null;
    const seen = (values[2 * i + 1]?.value ?? { seenAt: 0 }) as SeenState;
    byId[id] = { cache, seenAt: seen.seenAt };
  });
  return byId;
}

/** null until the first read has finished (a few milliseconds). */
export function usePopupData(): PopupData | null {
  const [data, setData] = useState<PopupData | null>(null);

  useEffect(() => {
    let alive = true;
    let loaded = false;
    // Changes that arrive while the first read is under way; each is idempotent, so replaying is safe.
    const early: ((prev: PopupData) => PopupData)[] = [];
    const watches = new Map<string, Unwatch[]>();
    const update = (change: (prev: PopupData) => PopupData) => {
      if (!loaded) early.push(change);
      else setData((prev) => (prev ? withFresh(change(prev)) : prev));
    };
    const patch = (id: string, part: Partial<AccountData>) =>
      update((prev) => ({ ...prev, byId: { ...prev.byId, [id]: { ...(prev.byId[id] ?? NO_DATA), ...part } } }));

    const watchAccount = (id: string) => {
      const { cache, seen } = itemsOf(id);
      watches.set(id, [
        cache.watch((value) => patch(id, { cache: value })),
        seen.watch((value) => patch(id, { seenAt: value.seenAt })),
      ]);
    };
    const syncWatches = (accounts: Account[]) => {
      const ids = new Set(accounts.map((a) => a.id));
      for (const [id, unwatch] of watches) {
        if (!ids.has(id)) {
          unwatch.forEach((stop) => stop());
          watches.delete(id);
        }
      }
      const added = [...ids].filter((id) => !watches.has(id));
      added.forEach(watchAccount);
      return added;
    };

    const load = async () => {
      const [accountsEntry, settingsEntry] = await storage.getItems([accountsItem, settingsItem]);
      const accounts = (accountsEntry?.value ?? []) as Account[];
      const settings = settingsEntry?.value as Settings;
      const ids = syncWatches(accounts);
      const byId = await readAccounts(ids);
      if (!alive) return;
      const first = early.reduce((next, change) => change(next), { accounts, settings, byId, fresh: {} } as PopupData);
      loaded = true;
      setData(withFresh(first));
    };

    const onAccounts = async (accounts: Account[]) => {
      const added = syncWatches(accounts);
      const byId = added.length > 0 ? await readAccounts(added) : {};
      if (alive) update((prev) => ({ ...prev, accounts, byId: { ...prev.byId, ...byId } }));
    };

    const stopAccounts = accountsItem.watch((accounts) => void onAccounts(accounts));
    const stopSettings = settingsItem.watch((settings) => update((prev) => ({ ...prev, settings })));
    void load();
    return () => {
      alive = false;
      stopAccounts();
      stopSettings();
      for (const unwatch of watches.values()) unwatch.forEach((stop) => stop());
    };
  }, []);

  return data;
}
