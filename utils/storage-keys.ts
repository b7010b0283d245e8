/**
 * Storage keys (as browser.storage sees them, without WXT's `local:`/`session:` prefix) and the
 * settings fallback, importing no storage code: utils/storage.ts defines its items from these,
 * and the popup reads the same keys straight from browser.storage (a storage library is 3 KB
 * gzip of the popup's 15 KB budget, and the popup only reads).
 */
import type { Settings } from './model';

export const STORAGE_KEYS = {
  accounts: 'accounts',
  settings: 'settings',
  cache: (accountId: string) => `cache:${accountId}`,
  exchanges: (accountId: string) => `exchanges:${accountId}`,
  withdrawals: (accountId: string) => `withdrawals:${accountId}`,
  seen: (accountId: string) => `seen:${accountId}`,
  lease: (accountId: string) => `lease:${accountId}`,
  /** In storage.session. */
  progress: (accountId: string) => `progress:${accountId}`,
} as const;

export const DEFAULT_SETTINGS: Settings = {
  pollMinutes: 5,
  notifyExchanges: true,
  notifyPayouts: true,
  csvSeparator: ',',
};
