/**
 * After a successful sync: every notification it calls for (new bonuses and paid payouts from
 * ../notify.ts, the rest from ./specs.ts), and the sound when switched on. Called once per sync
 * (sync/run.ts, inside the sync's single flight). A refused notification or a sound that cannot
 * play must not turn a good sync into a failure.
 */
import { notificationsFor, showNotifications, type SyncReport } from '../notify';
import { prefsItem, settingsItem } from '../store';
import { alertSpecs } from './specs';
import { shouldPlaySound } from './sound';
import { playSound } from './sound-player';

export async function announceSync(report: SyncReport): Promise<void> {
  const [settings, prefs] = await Promise.all([settingsItem.get(), prefsItem(report.accountId).get()]);
  const specs = [...notificationsFor(report, settings), ...alertSpecs(report, settings, prefs)];
  await showNotifications(specs).catch(() => undefined);
  // Not awaited either: nothing about a sound may hold the account's sync flight open.
  if (shouldPlaySound(report, settings)) playSound().catch(() => undefined);
}
