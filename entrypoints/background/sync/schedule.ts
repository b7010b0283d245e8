/**
 * Scheduling: one named repeating alarm whose period follows settings.pollMinutes, and a watcher
 * that moves it when the options page changes the interval. The alarm is only (re)created when
 * missing or when its period differs: re-creating it on every service-worker start would push
 * the next tick back each time, forever.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../../utils/model';
import { clampPollMinutes } from '../../../utils/poll-interval';
import { DEFAULT_SETTINGS, settingsItem } from '../store';

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
