/**
 * The popup's data: accounts, settings, and every account's small cache and seen mark (one storage
 * round trip when the popup's address names the accounts, as the toolbar button's does, else two;
 * never the full histories), kept live while the popup is open. Each update goes through
 * withMarkedNew() so exchanges that were new stay marked for this popup session. openPopupData()
 * starts reading as soon as it is called: the popup's entry calls it before anything else runs, so
 * the first frame already shows the balance (a read started from an effect would wait for a first,
 * empty frame). No Preact here: see usePopupData.ts for the hook.
 */
import { getItems, type Item } from '../../utils/storage/item';
import { accountsItem, cacheItem, seenItem, settingsItem, withDefaults } from '../../utils/storage/items';
import { NO_DATA, withMarkedNew, type AccountData, type PopupData } from './state';
import { accountsInAddress } from '../../utils/popup-address';

type Change = (prev: PopupData) => PopupData;

export interface PopupSource {
  /** Resolves once the first read is done (or failed: then get() stays null). */
  ready: Promise<void>;
  get(): PopupData | null;
  subscribe(listener: () => void): () => void;
  close(): void;
}

const perAccount = (ids: readonly string[]) => ids.flatMap((id) => [cacheItem(id), seenItem(id)] as Item<unknown>[]);

/** Each account's data from perAccount's values, in the same order. */
const dataOf = (ids: readonly string[], values: readonly unknown[]): Record<string, AccountData> =>
  Object.fromEntries(ids.map((id, i) => [id, { cache: values[2 * i], seenAt: (values[2 * i + 1] as { seenAt: number }).seenAt }] as const)) as Record<string, AccountData>;

/** Each account's cache and seen mark, in one storage call. */
export async function readAccountData(ids: readonly string[]): Promise<Record<string, AccountData>> {
  return ids.length === 0 ? {} : dataOf(ids, await getItems('local', perAccount(ids)));
}

/**
 * The accounts, the settings and the data of the accounts the popup's address names, in one
 * storage call (utils/popup-address.ts); any other account of the list in a second one.
 */
async function readFirst(named: readonly string[], follow: (ids: string[]) => string[]) {
  const [accounts, settings, ...values] = await getItems('local', [accountsItem, settingsItem, ...perAccount(named)] as const);
  const known = dataOf(named, values);
  // `follow` watches the list's accounts (no longer the named ones it lacks) and answers those not watched yet.
  const more = await readAccountData(follow(accounts.map((a) => a.id)));
  const byId = Object.fromEntries(accounts.map((a) => [a.id, known[a.id] ?? more[a.id]!] as const));
  return { accounts, settings, byId };
}

/** `search`: the page address's query, which may name the accounts to read first (utils/popup-address.ts). */
export function openPopupData(search = ''): PopupSource {
  let data: PopupData | null = null;
  let closed = false;
  // Changes that arrive while the first read is under way; each is idempotent, so replaying is safe.
  const early: Change[] = [];
  const listeners = new Set<() => void>();
  // Each followed account's watchers (cache and seen mark), by id.
  const followed = new Map<string, () => void>();

  const update = (change: Change) => {
    if (closed) return;
    if (!data) {
      early.push(change);
      return;
    }
    data = withMarkedNew(change(data));
    listeners.forEach((listener) => listener());
  };
  const patch = (id: string, part: Partial<AccountData>) =>
    update((prev) => ({ ...prev, byId: { ...prev.byId, [id]: { ...(prev.byId[id] ?? NO_DATA), ...part } } }));

  /** Watch these accounts (and stop watching any other); answers the ids not followed before. */
  const follow = (list: readonly string[]): string[] => {
    const ids = new Set(list);
    for (const [id, stop] of followed) if (!ids.has(id)) { stop(); followed.delete(id); }
    const added = [...ids].filter((id) => !followed.has(id));
    for (const id of added) {
      const stopCache = cacheItem(id).watch((cache) => patch(id, { cache }));
      const stopSeen = seenItem(id).watch(({ seenAt }) => patch(id, { seenAt }));
      followed.set(id, () => { stopCache(); stopSeen(); });
    }
    return added;
  };

  const stopAccounts = accountsItem.watch(async (accounts) => {
    const byId = await readAccountData(follow(accounts.map((a) => a.id)));
    update((prev) => ({ ...prev, accounts, byId: { ...prev.byId, ...byId } }));
  });
  const stopSettings = settingsItem.watch((settings) => update((prev) => ({ ...prev, settings: withDefaults(settings) })));

  const ready = (async () => {
    // Every account is watched before its data is read, so no change can fall in between.
    const named = follow(accountsInAddress(search));
    const { accounts, settings, byId } = await readFirst(named, follow);
    const first: PopupData = { accounts, settings: withDefaults(settings), byId, markedNew: {} };
    data = withMarkedNew(early.reduce((next, change) => change(next), first));
    listeners.forEach((listener) => listener());
  })().catch(() => undefined);

  return {
    ready,
    get: () => data,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      stopAccounts();
      stopSettings();
      followed.forEach((stop) => stop());
      followed.clear();
      listeners.clear();
    },
  };
}
