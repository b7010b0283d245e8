/**
 * The per-account prefs item (listed with every stored item in ./items.ts, which re-exports it).
 * A module of its own: ./items.ts is in the popup's first chunk, and only lazily loaded parts of
 * the popup read prefs, so with this split the bundler leaves it out of the first chunk.
 */
import { defineItem } from './item';
import type { AccountPrefs } from '../model';

/** An account's prefs before the partner sets any. */
export const emptyPrefs = (): AccountPrefs => ({ minWithdrawal: null, monthlyGoal: null, referralLink: null });

export const prefsItem = (accountId: string) => defineItem<AccountPrefs>('local', `prefs:${accountId}`, emptyPrefs());
