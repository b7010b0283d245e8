/**
 * Every stored item of the extension and its key format, in one place. Background, popup and options
 * all read and write through these (./item.ts); the background also checks each value against the
 * model's schema when it reads (entrypoints/background/store.ts). All in `local` (never `sync`: the
 * API key must not leave this browser), except the export progress, which is `session`.
 *
 *   accounts            Account[]         connected sites, with their keys
 *   settings            Settings          global settings
 *   cache:<id>          AccountCache      the small per-account state the popup paints from
 *   historyVersion      number            2 once the full histories live in IndexedDB (./history.ts);
 *                                         before, storage.local held them as exchanges:<id> and
 *                                         withdrawals:<id> lists, which the background migrates
 *   prefs:<id>          AccountPrefs      per-account choices: minimum withdrawal, monthly goal, referral link
 *                                         (defined in ./prefs.ts, re-exported here)
 *   seen:<id>           SeenState         the seen mark, written only by markSeen
 *   pinHintClosed       boolean           the options page's "pin the icon" hint was closed
 *   lease:<id>          Lease | null      a sync's lease with an expiry (single flight across workers)
 *   session progress:<id>  SyncProgress | null  pages walked so far by a long sync
 */
import { defineItem } from './item';
import { locale } from '../i18n';
import { prefsItem } from './prefs';
import type { Account, AccountCache, ExchangeRecord, Lease, PayoutRecord, SeenState, Settings, SyncProgress } from '../model';

/** The CSV separator a spreadsheet of the UI language reads: Russian Excel and LibreOffice want `;`. */
export const defaultSeparator = (): Settings['csvSeparator'] => (locale() === 'ru' ? ';' : ',');

export const DEFAULT_SETTINGS: Settings = {
  pollMinutes: 5,
  notifyExchanges: true,
  notifyPayouts: true,
  notifyPayoutRequests: true,
  notifyRates: true,
  notifyThreshold: true,
  sound: false,
  badgeShows: 'new',
  /** Read when used (a getter), so a page reading no stored settings follows its own language. */
  get csvSeparator() { return defaultSeparator(); },
};

export const accountsItem = defineItem<Account[]>('local', 'accounts', []);

export const settingsItem = defineItem<Settings>('local', 'settings', DEFAULT_SETTINGS);

/** Settings as a page may read them before the background has migrated an old value: defaults fill the gaps. */
export const withDefaults = (settings: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...settings });

export const cacheItem = (accountId: string) => defineItem<AccountCache | null>('local', `cache:${accountId}`, null);

export const historyVersionItem = defineItem<number>('local', 'historyVersion', 1);

/** Where version 1 kept the full histories (read once by the migration, then removed). */
export const legacyExchangesItem = (accountId: string) => defineItem<ExchangeRecord[]>('local', `exchanges:${accountId}`, []);
export const legacyPayoutsItem = (accountId: string) => defineItem<PayoutRecord[]>('local', `withdrawals:${accountId}`, []);

// A module of its own so the popup's first chunk does not carry it (only lazy chunks read prefs).
export { emptyPrefs, prefsItem } from './prefs';

/** The partner closed the options page's hint on pinning the toolbar icon (shown after the first connect). */
export const pinHintClosedItem = defineItem<boolean>('local', 'pinHintClosed', false);

export const seenItem = (accountId: string) => defineItem<SeenState>('local', `seen:${accountId}`, { seenAt: 0 });

export const leaseItem = (accountId: string) => defineItem<Lease | null>('local', `lease:${accountId}`, null);

export const progressItem = (accountId: string) => defineItem<SyncProgress | null>('session', `progress:${accountId}`, null);

/** The local items that belong to one account (removed with it, or when its address or key changes). */
export const accountLocalItems = (accountId: string) => [
  cacheItem(accountId), legacyExchangesItem(accountId), legacyPayoutsItem(accountId), prefsItem(accountId), seenItem(accountId),
  leaseItem(accountId),
];
