/**
 * What the background does on each browser event; entrypoints/background.ts only wires them.
 */
import type { Browser } from 'wxt/browser';
import { settingsItem } from '../storage';
import { ensureAlarm, SYNC_ALARM, type AccountChanges } from './schedule';
import { runSyncs } from './run';
import { refreshBadge } from './state';

/** Every service-worker start: keep the alarm (never postpone it) and redraw the badge. */
export async function onWorkerStart(): Promise<void> {
  await ensureAlarm((await settingsItem.getValue()).pollMinutes);
  await refreshBadge();
}

/** Install, update, browser start, back online: sync the accounts that are due. */
export async function onWake(): Promise<void> {
  await runSyncs();
}

export async function onAlarm(alarm: Browser.alarms.Alarm): Promise<void> {
  if (alarm.name === SYNC_ALARM) await runSyncs();
}

/** Accounts written by anyone: new or re-keyed ones sync now (retrying a pause once); the badge follows. */
export async function onAccountsChanged({ changed }: AccountChanges): Promise<void> {
  if (changed.length) await runSyncs({ accountIds: changed, manual: true });
  else await refreshBadge();
}
