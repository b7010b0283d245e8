/**
 * The popup's reads, straight from browser.storage (no storage library: see utils/storage-keys.ts):
 * accounts and settings, then every account's small cache and seen mark in one more call (never
 * the full histories), and the changes to those keys while the popup is open.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, STORAGE_KEYS as KEYS } from '../../utils/storage-keys';
import type { AccountData } from '../../utils/popup-state';
import type { Account, AccountCache, SeenState, Settings } from '../../utils/model';

type Values = Record<string, unknown>;

/**
 * Stored settings over the defaults. The background migrates version-1 settings when it starts;
 * until then the defaults fill what version 1 lacks (the popup reads only pollMinutes and csvSeparator).
 */
export const settingsOf = (stored: unknown): Settings => ({ ...DEFAULT_SETTINGS, ...(stored as Partial<Settings> | undefined) });

export const accountsOf = (stored: unknown): Account[] => (stored as Account[] | undefined) ?? [];

export async function readAccountsAndSettings(): Promise<{ accounts: Account[]; settings: Settings }> {
  const values: Values = await browser.storage.local.get([KEYS.accounts, KEYS.settings]);
  return { accounts: accountsOf(values[KEYS.accounts]), settings: settingsOf(values[KEYS.settings]) };
}

export const cacheOf = (stored: unknown) => (stored as AccountCache | undefined) ?? null;
export const seenAtOf = (stored: unknown) => (stored as SeenState | undefined)?.seenAt ?? 0;

/** Each account's cache and seen mark, in one storage call. */
export async function readAccountData(ids: readonly string[]): Promise<Record<string, AccountData>> {
  if (ids.length === 0) return {};
  const values: Values = await browser.storage.local.get(ids.flatMap((id) => [KEYS.cache(id), KEYS.seen(id)]));
  return Object.fromEntries(ids.map((id) => [id, { cache: cacheOf(values[KEYS.cache(id)]), seenAt: seenAtOf(values[KEYS.seen(id)]) }]));
}

/** The account a `cache:<id>` or `seen:<id>` key belongs to, and which of the two it is. */
export function accountKey(key: string): { part: 'cache' | 'seen'; id: string } | null {
  const match = /^(cache|seen):(.+)$/.exec(key);
  return match ? { part: match[1] as 'cache' | 'seen', id: match[2]! } : null;
}

/** New values of changed storage.local keys (undefined: removed). Returns the unsubscribe function. */
export function onLocalChange(listener: (changes: Values) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local') listener(Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue])));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
