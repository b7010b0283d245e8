/**
 * What the background does on each browser event; ./index.ts only wires them.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { settingsItem } from './store';
import { releaseUnusedOrigins } from './permissions';
import { historyReady } from './migrate-history';
import { ensureAlarm, SYNC_ALARM } from './sync/schedule';
import { runSyncs } from './sync/run';
import { refreshBadge } from './sync/state';

/** A while after a site permission is granted: given back if no account took it (an abandoned Connect). */
export const RELEASE_ALARM = 'release-permissions';

/** Every service-worker start: move an old history over, keep the alarm (never postpone it), redraw the badge, tidy permissions. */
export async function onWorkerStart(): Promise<void> {
  await historyReady();
  await ensureAlarm((await settingsItem.get()).pollMinutes);
  await refreshBadge();
  await releaseUnusedOrigins().catch(() => undefined);
}

/** Install, update, browser start, back online: sync the accounts that are due. */
export async function onWake(): Promise<void> {
  await runSyncs();
}

const ALARMS: Record<string, () => Promise<unknown>> = {
  [SYNC_ALARM]: () => runSyncs(),
  [RELEASE_ALARM]: () => releaseUnusedOrigins(),
};

export async function onAlarm(alarm: Browser.alarms.Alarm): Promise<void> {
  await ALARMS[alarm.name]?.();
}

/** A site permission was granted (by a Connect): check again in a minute whether an account uses it. */
export async function onPermissionAdded(): Promise<void> {
  await browser.alarms.create(RELEASE_ALARM, { delayInMinutes: 1 });
}
