/**
 * Scheduling: one named repeating alarm whose period follows settings.pollMinutes,
 * and watchers that react when settings or accounts change.
 * The alarm is only (re)created when missing or when its period differs: re-creating it on
 * every service-worker start would push the next tick back each time, forever.
 */
import { browser } from 'wxt/browser';
import type { Account, Settings } from '../model';
import { DEFAULT_SETTINGS, accountsItem, settingsItem } from '../storage';
import { clampPollMinutes } from '../poll-interval';

export const SYNC_ALARM = 'sync';

const clampMinutes = (minutes: number) => clampPollMinutes(minutes, DEFAULT_SETTINGS.pollMinutes);

/** Make sure the sync alarm exists with this period; true when it had to be (re)created. */
export async function ensureAlarm(pollMinutes: number): Promise<boolean> {
  const period = clampMinutes(pollMinutes);
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === period) return false;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: period });
  return true;
}

/**
 * Keep the alarm period equal to settings.pollMinutes; `onPollChange` runs after a change
 * (the background syncs then). Returns the unwatch function.
 */
export function followSettings(onPollChange?: (settings: Settings) => void): () => void {
  return settingsItem.watch((next, previous) => {
    if (next.pollMinutes === previous.pollMinutes) return;
    // Created right away (no alarms.get first): the period is known to differ.
    void browser.alarms.create(SYNC_ALARM, { periodInMinutes: clampMinutes(next.pollMinutes) });
    onPollChange?.(next);
  });
}

export interface AccountChanges {
  /** New accounts, and accounts whose address, key or layout changed: they need a sync. */
  changed: string[];
  removed: string[];
}

/** Which accounts a change of the accounts list touched (pure). */
export function diffAccounts(before: Account[], after: Account[]): AccountChanges {
  const old = new Map(before.map((a) => [a.id, a]));
  const now = new Set(after.map((a) => a.id));
  const changed = after
    .filter((a) => {
      const was = old.get(a.id);
      return !was || was.origin !== a.origin || was.key !== a.key || was.layout !== a.layout;
    })
    .map((a) => a.id);
  return { changed, removed: before.filter((a) => !now.has(a.id)).map((a) => a.id) };
}

/** Call `onChange` whenever the accounts list changes (any writer). Returns the unwatch function. */
export function followAccounts(onChange: (changes: AccountChanges) => void): () => void {
  return accountsItem.watch((next, previous) => onChange(diffAccounts(previous, next)));
}
