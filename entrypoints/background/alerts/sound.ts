/**
 * Whether a sync plays the new-bonus sound: only when the partner switched it on, only with a
 * new-bonus notification (so never for history found on a first sync), and once per sync
 * however many bonuses arrived (the caller asks once per synced outcome).
 */
import type { Settings } from '../../../utils/model';

export function shouldPlaySound(
  report: { first: boolean; arrivals: readonly unknown[] },
  settings: Pick<Settings, 'sound' | 'notifyExchanges'>,
): boolean {
  return settings.sound && settings.notifyExchanges && !report.first && report.arrivals.length > 0;
}
