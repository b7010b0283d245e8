/**
 * The popup's data: accounts and settings, then every account's small cache and seen mark (two
 * storage round trips, never the full histories), kept live from storage.onChanged. Each update
 * goes through withFresh() so exchanges that were new stay marked for this popup session.
 * openPopupData() starts reading as soon as it is called: the popup's entry calls it before
 * anything else runs, so the first frame already shows the balance (a read started from an
 * effect would wait for a first, empty frame). No Preact here: see usePopupData.ts for the hook.
 */
import { STORAGE_KEYS as KEYS } from '../../utils/storage-keys';
import { NO_DATA, withFresh, type AccountData, type PopupData } from '../../utils/popup-state';
import type { Account } from '../../utils/model';
import { accountKey, accountsOf, cacheOf, onLocalChange, readAccountData, readAccountsAndSettings, seenAtOf, settingsOf } from './popupStorage';

type Change = (prev: PopupData) => PopupData;

export interface PopupSource {
  /** Resolves once the first read is done (or failed: then get() stays null). */
  ready: Promise<void>;
  get(): PopupData | null;
  subscribe(listener: () => void): () => void;
  close(): void;
}

export function openPopupData(): PopupSource {
  let data: PopupData | null = null;
  let closed = false;
  // Changes that arrive while the first read is under way; each is idempotent, so replaying is safe.
  const early: Change[] = [];
  const listeners = new Set<() => void>();
  // Accounts whose cache and seen mark are read (changes to others' keys wait for their first read).
  let known = new Set<string>();

  const update = (change: Change) => {
    if (closed) return;
    if (!data) {
      early.push(change);
      return;
    }
    data = withFresh(change(data));
    listeners.forEach((listener) => listener());
  };
  const patch = (id: string, part: Partial<AccountData>) =>
    update((prev) => ({ ...prev, byId: { ...prev.byId, [id]: { ...(prev.byId[id] ?? NO_DATA), ...part } } }));
  const follow = (accounts: Account[]) => {
    const ids = accounts.map((a) => a.id);
    const added = ids.filter((id) => !known.has(id));
    known = new Set(ids);
    return added;
  };
  const onAccounts = async (accounts: Account[]) => {
    const byId = await readAccountData(follow(accounts));
    update((prev) => ({ ...prev, accounts, byId: { ...prev.byId, ...byId } }));
  };

  const stop = onLocalChange((changes) => {
    for (const [key, value] of Object.entries(changes)) {
      if (key === KEYS.accounts) void onAccounts(accountsOf(value));
      else if (key === KEYS.settings) update((prev) => ({ ...prev, settings: settingsOf(value) }));
      const own = accountKey(key);
      if (own && known.has(own.id)) patch(own.id, own.part === 'cache' ? { cache: cacheOf(value) } : { seenAt: seenAtOf(value) });
    }
  });

  const ready = (async () => {
    const { accounts, settings } = await readAccountsAndSettings();
    const byId = await readAccountData(follow(accounts));
    const first: PopupData = { accounts, settings, byId, fresh: {} };
    data = withFresh(early.reduce((next, change) => change(next), first));
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
      stop();
      listeners.clear();
    },
  };
}
