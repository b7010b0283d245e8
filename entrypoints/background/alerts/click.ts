/**
 * Where a click on an alert leads: "you can request a payout now" opens the account's own site
 * (payouts are requested there); every other notification opens the popup (accounts.ts).
 */
import type { Account } from '../../../utils/model';

export function siteToOpen(notificationId: string, accounts: readonly Account[]): string | null {
  const [kind, accountId] = notificationId.split(':');
  if (kind !== 'threshold') return null;
  return accounts.find((a) => a.id === accountId)?.origin ?? null;
}
