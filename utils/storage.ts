/**
 * Every storage item of the extension, in one place (WXT storage.defineItem).
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
import type {
  Account, AccountCache, ExchangeRecord, Lease, SeenState, Settings, WithdrawalRecord,
} from './model';

/** Progress of a sync that walks many pages. */
export interface SyncProgress { list: 'exchanges' | 'withdrawals'; pages: number; rows: number }

export const DEFAULT_SETTINGS: Settings = {
  pollMinutes: 5,
  notifyExchanges: true,
  notifyPayouts: true,
  csvSeparator: ',',
};

/** Settings as version 1 stored them, before payout notifications and the CSV separator. */
export interface SettingsV1 { pollMinutes: number; notifications: boolean }

export const accountsItem = storage.defineItem<Account[]>('local:accounts', { fallback: [], version: 1 });

export const settingsItem = storage.defineItem<Settings>('local:settings', {
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

export const cacheItem = (accountId: string) =>
  storage.defineItem<AccountCache | null>(`local:cache:${accountId}`, { fallback: null, version: 1 });

export const exchangesItem = (accountId: string) =>
  storage.defineItem<ExchangeRecord[]>(`local:exchanges:${accountId}`, { fallback: [], version: 1 });

export const withdrawalsItem = (accountId: string) =>
  storage.defineItem<WithdrawalRecord[]>(`local:withdrawals:${accountId}`, { fallback: [], version: 1 });

export const seenItem = (accountId: string) =>
  storage.defineItem<SeenState>(`local:seen:${accountId}`, { fallback: { seenAt: 0 }, version: 1 });

export const leaseItem = (accountId: string) =>
  storage.defineItem<Lease | null>(`local:lease:${accountId}`, { fallback: null });

export const progressItem = (accountId: string) =>
  storage.defineItem<SyncProgress | null>(`session:progress:${accountId}`, { fallback: null });

/** Every per-account item, for removal when an account is disconnected or its key/address changes. */
export const perAccountItems = (accountId: string) => [
  cacheItem(accountId), exchangesItem(accountId), withdrawalsItem(accountId), seenItem(accountId), leaseItem(accountId),
];
