/**
 * The notifications of the alerts beyond new bonuses, from one sync's report (pure): payout
 * requests, payouts already paid when first seen, the minimum withdrawal reached, rate changes.
 * Each behind its own switch; none on a first sync. Ids are stable per event, so a restart that
 * shows one again replaces it.
 */
import type { AccountPrefs, Settings } from '../../../utils/model';
import { formatCount, formatMoney, formatPercent } from '../../../utils/format';
import { notificationIds, type NotificationSpec, type SyncReport } from '../notify';
import { tb } from '../texts';
import { crossedMinimum } from './threshold';
import { rateChange } from './rates';
import { payoutSteps } from './payout-steps';
import { ta } from '../texts-alerts';

export type AlertSettings = Pick<Settings, 'notifyPayouts' | 'notifyPayoutRequests' | 'notifyRates' | 'notifyThreshold'>;

function payoutSpecs({ accountId, label, first, changes }: SyncReport, settings: AlertSettings): NotificationSpec[] {
  const steps = payoutSteps(changes.newPayouts, first);
  return [
    ...(settings.notifyPayoutRequests ? steps.requested : []).map((p) => ({
      id: notificationIds.request(accountId, p.id),
      title: label,
      message: ta('payoutRequested', { amount: formatMoney(p.amount, p.currency) }),
    })),
    ...(settings.notifyPayouts ? steps.paidAtOnce : []).map((p) => ({
      id: notificationIds.payout(accountId, p.id),
      title: label,
      message: tb('payoutPaid', { amount: formatMoney(p.amount, p.currency) }),
    })),
  ];
}

function thresholdSpecs({ accountId, label, changes }: SyncReport, minimum: number | null): NotificationSpec[] {
  const { before, after } = changes;
  if (!after || !crossedMinimum(before?.balance ?? null, after.balance, minimum)) return [];
  const currency = after.currency;
  return [{
    id: notificationIds.threshold(accountId),
    title: label,
    message: ta('threshold', { balance: formatMoney(after.balance, currency), minimum: formatMoney(minimum!, currency) }),
  }];
}

function rateSpecs({ accountId, label, changes }: SyncReport): NotificationSpec[] {
  const change = changes.after && rateChange(changes.before, changes.after);
  if (!change) return [];
  const lines = [
    change.percent && ta('percentChanged', { before: formatPercent(change.percent.before), after: formatPercent(change.percent.after) }),
    change.referrals && ta('referralsChanged', { before: formatCount(change.referrals.before), after: formatCount(change.referrals.after) }),
  ].filter(Boolean);
  const { percent, referrals } = changes.after!;
  return [{ id: notificationIds.rates(accountId, percent, referrals), title: label, message: lines.join(' ') }];
}

export function alertSpecs(report: SyncReport, settings: AlertSettings, prefs: Pick<AccountPrefs, 'minWithdrawal'>): NotificationSpec[] {
  if (report.first) return [];
  return [
    ...payoutSpecs(report, settings),
    ...(settings.notifyThreshold ? thresholdSpecs(report, prefs.minWithdrawal) : []),
    ...(settings.notifyRates ? rateSpecs(report) : []),
  ];
}
