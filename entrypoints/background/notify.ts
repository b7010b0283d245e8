/**
 * Notifications: what one sync's changes should show (pure), plus a tiny apply.
 * Ids are stable (`exchange:<account>:<id>`, `exchanges:<account>:<newestId>`,
 * `payout:<account>:<id>:paid`) so re-showing after a restart replaces, never duplicates.
 * Never about history: a first sync reports nothing.
 */
import { browser } from 'wxt/browser';
import type { ExchangeRecord, Settings, PayoutRecord } from '../../utils/model';
import { formatMoney } from '../../utils/format';
import { tb } from './texts';
import type { SyncChanges } from './alerts/changes';

/** More arrivals than this in one sync become one grouped notification. */
export const GROUP_ABOVE = 3;

export interface SyncReport {
  accountId: string;
  label: string;
  first: boolean;
  /** New exchanges, newest first. */
  arrivals: ExchangeRecord[];
  /** Payouts that turned paid. */
  paid: PayoutRecord[];
  /** What the other alerts compare (./alerts/specs.ts). */
  changes: SyncChanges;
}

export interface NotificationSpec {
  id: string;
  title: string;
  message: string;
}

export const notificationIds = {
  exchange: (accountId: string, id: number) => `exchange:${accountId}:${id}`,
  exchanges: (accountId: string, newestId: number) => `exchanges:${accountId}:${newestId}`,
  payout: (accountId: string, id: number) => `payout:${accountId}:${id}:paid`,
  request: (accountId: string, id: number) => `request:${accountId}:${id}`,
  threshold: (accountId: string) => `threshold:${accountId}`,
  rates: (accountId: string, percent: number, referrals: number) => `rates:${accountId}:${percent}:${referrals}`,
};

/** The account a notification id belongs to. */
export function notificationAccount(notificationId: string): string | null {
  const [kind, accountId] = notificationId.split(':');
  return kind && kind in notificationIds && accountId ? accountId : null;
}

/** Whether a notification is about new exchanges of this account (cleared once they are seen). */
export function isExchangeNotification(notificationId: string, accountId: string): boolean {
  return notificationId.startsWith(`exchange:${accountId}:`) || notificationId.startsWith(`exchanges:${accountId}:`);
}

function exchangeSpecs({ accountId, label, arrivals }: SyncReport): NotificationSpec[] {
  const [newest] = arrivals;
  if (!newest) return [];
  if (arrivals.length <= GROUP_ABOVE) {
    return arrivals.map((e) => ({
      id: notificationIds.exchange(accountId, e.id),
      title: label,
      message: tb('exchangeOne', { amount: formatMoney(e.amount, e.currency, { sign: true }), order: e.orderId }),
    }));
  }
  const currencies = new Set(arrivals.map((e) => e.currency));
  const count = arrivals.length;
  const text = tb('unseen', { count });
  const sum = () => formatMoney(arrivals.reduce((s, e) => s + e.amount, 0), newest.currency, { sign: true });
  const message = currencies.size === 1 ? tb('withSum', { text, amount: sum() }) : text;
  return [{ id: notificationIds.exchanges(accountId, newest.id), title: label, message }];
}

function payoutSpecs({ accountId, label, paid }: SyncReport): NotificationSpec[] {
  return paid.map((w) => ({
    id: notificationIds.payout(accountId, w.id),
    title: label,
    message: tb('payoutPaid', { amount: formatMoney(w.amount, w.currency) }),
  }));
}

export function notificationsFor(report: SyncReport, settings: Pick<Settings, 'notifyExchanges' | 'notifyPayouts'>): NotificationSpec[] {
  if (report.first) return [];
  return [
    ...(settings.notifyExchanges ? exchangeSpecs(report) : []),
    ...(settings.notifyPayouts ? payoutSpecs(report) : []),
  ];
}

export async function showNotifications(specs: NotificationSpec[]): Promise<void> {
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  await Promise.all(
    specs.map((spec) => browser.notifications.create(spec.id, { type: 'basic', iconUrl, title: spec.title, message: spec.message })),
  );
}

/** Clear the new-exchange notifications of an account (after the user has seen them). */
export async function clearExchangeNotifications(accountId: string): Promise<void> {
  const shown = Object.keys(await browser.notifications.getAll());
  await Promise.all(shown.filter((id) => isExchangeNotification(id, accountId)).map((id) => browser.notifications.clear(id)));
}

/** Clear every notification of an account (it was removed, or its address or key changed). */
export async function clearAccountNotifications(accountId: string): Promise<void> {
  const shown = Object.keys(await browser.notifications.getAll());
  await Promise.all(shown.filter((id) => notificationAccount(id) === accountId).map((id) => browser.notifications.clear(id)));
}
