/**
 * Every storage item of the extension, in one place (WXT storage.defineItem; items without
 * migrations use defineLazyItem, which does not read the value when the item is defined). The keys
 * are in ./storage-keys.ts, shared with the popup, which reads them without a storage library.
 * Versions: a value stored without version metadata counts as v1 for WXT (`meta.v ?? 1`), so a
 * lazy item's data migrates like any v1 item: when its shape changes, define it with
 * storage.defineItem({ version: 2, migrations: { 2: … } }), as settingsItem does.
 * All in `local:` (never `sync:`): the API key must not leave this browser.
 * Types only from ./model, so pages that import this file stay zod-free.
 *
 *   local:accounts            Account[]      connected sites, with their keys
 *   local:settings            Settings       global settings (versioned: v1 → v2 below)
 *   local:cache:<id>          AccountCache   small per-account state the popup renders
 *   local:exchanges:<id>      ExchangeRecord[]   full history, newest first (sync, CSV)
 *   local:withdrawals:<id>    WithdrawalRecord[] full history, newest first
 *   local:seen:<id>           SeenState      written only by markSeen
 *   local:lease:<id>          Lease | null   single-flight sync lease with an expiry
 *   session:progress:<id>     SyncProgress | null  pages walked so far by a long sync (CSV export shows it)
 */
import { storage } from 'wxt/utils/storage';
import { defineLazyItem } from './storage-item';
import { DEFAULT_SETTINGS, STORAGE_KEYS as KEYS } from './storage-keys';
import type {
  Account, AccountCache, ExchangeRecord, Lease, SeenState, Settings, WithdrawalRecord,
} from './model';

/** Progress of a sync that walks many pages. */
export interface SyncProgress { list: 'exchanges' | 'withdrawals'; pages: number; rows: number }

export { DEFAULT_SETTINGS };

/** Settings as version 1 stored them, before payout notifications and the CSV separator. */
export interface SettingsV1 { pollMinutes: number; notifications: boolean }

export const accountsItem = defineLazyItem<Account[]>(`local:${KEYS.accounts}`, []);

export const settingsItem = storage.defineItem<Settings>(`local:${KEYS.settings}`, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (v1: SettingsV1): Settings => ({
      ...DEFAULT_SETTINGS,
      pollMinutes: v1.pollMinutes,
      notifyExchanges: v1.notifications,
      notifyPayouts: v1.notifications,
    }),
  },
});

export const emptyCache = (): AccountCache => ({
  summary: null,
  recentExchanges: [],
  recentWithdrawals: [],
  exchangeCount: 0,
  withdrawalCount: 0,
  arrivals: [],
  history: [],
  complete: { exchanges: false, withdrawals: false },
  lastSyncAt: null,
  lastSuccessAt: null,
  lastError: null,
  backoff: { failures: 0, nextAttemptAt: null, paused: false },
});

export const cacheItem = (accountId: string) => defineLazyItem<AccountCache | null>(`local:${KEYS.cache(accountId)}`, null);

export const exchangesItem = (accountId: string) => defineLazyItem<ExchangeRecord[]>(`local:${KEYS.exchanges(accountId)}`, []);

export const withdrawalsItem = (accountId: string) => defineLazyItem<WithdrawalRecord[]>(`local:${KEYS.withdrawals(accountId)}`, []);

export const seenItem = (accountId: string) => defineLazyItem<SeenState>(`local:${KEYS.seen(accountId)}`, { seenAt: 0 });

export const leaseItem = (accountId: string) => defineLazyItem<Lease | null>(`local:${KEYS.lease(accountId)}`, null);

export const progressItem = (accountId: string) => defineLazyItem<SyncProgress | null>(`session:${KEYS.progress(accountId)}`, null);

/** Every per-account item, for removal when an account is disconnected or its key/address changes. */
export const perAccountItems = (accountId: string) => [
  cacheItem(accountId), exchangesItem(accountId), withdrawalsItem(accountId), seenItem(accountId), leaseItem(accountId),
];
