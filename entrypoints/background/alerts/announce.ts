/**
 * After a successful sync: every notification it calls for (new bonuses and paid payouts from
 * ../notify.ts, the rest from ./specs.ts), and the sound when switched on. Called once per sync
 * (sync/run.ts, inside the sync's single flight). A refused notification or a sound that cannot
 * play must not turn a good sync into a failure.
 */
import { notificationsFor, showNotifications, type SyncReport } from '../notify';
import { prefsItem, settingsItem } from '../store';
import type { AccountPrefs, Settings } from '../../../utils/model';
import { alertSpecs } from './specs';
import { shouldPlaySound } from './sound';
import { playSound } from './sound-player';

/** The settings and the account's alert preferences, read at a moment. */
export interface AlertInputs { at: number; read: Promise<[Settings, AccountPrefs]> }

/** Read as an answer is good for: a routine sync's few milliseconds; a long walk's alerts read them again. */
const FRESH_MS = 2_000;

/**
 * What the alerts need, asked for when the sync starts: it arrives while the site answers, and
 * the notifications go out one storage round trip sooner after the sync (unused when nothing is new).
 */
export function readAlertInputs(accountId: string, now = Date.now()): AlertInputs {
  const read = Promise.all([settingsItem.get(), prefsItem(accountId).get()]);
  read.catch(() => undefined); // awaited in announceSync, or never needed
  return { at: now, read };
}

export async function announceSync(report: SyncReport, early?: AlertInputs, now = Date.now()): Promise<void> {
  const inputs = early && now - early.at <= FRESH_MS ? early : readAlertInputs(report.accountId, now);
  const [settings, prefs] = await inputs.read;
  const specs = [...notificationsFor(report, settings), ...alertSpecs(report, settings, prefs)];
  await showNotifications(specs).catch(() => undefined);
  // Not awaited either: nothing about a sound may hold the account's sync flight open.
  if (shouldPlaySound(report, settings)) playSound().catch(() => undefined);
}
