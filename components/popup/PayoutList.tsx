/**
 * Recent payouts: amount (the exact decimal, formatted for display), a
 * paid/unpaid chip (an unknown status is shown as the site wrote it),
 * the payment system and the site's own date text.
 */
import { Money } from './Money';
import { StatusChip, type ChipTone } from './StatusChip';
import { RecentList } from './RecentList';
import { formatDateTime } from '../../utils/format';
import { tPopupDetails as t, type DetailsKey } from '../../entrypoints/popup/texts-details';
import type { PayoutRecord } from '../../utils/model';

const STATUSES = new Map<string, { tone: ChipTone; text: DetailsKey }>([
  ['paid', { tone: 'good', text: 'paid' }],
  ['unpaid', { tone: 'warn', text: 'unpaid' }],
]);

function PayoutStatus({ status }: { status: string }) {
  const known = STATUSES.get(status.toLowerCase());
  return <StatusChip tone={known?.tone ?? 'neutral'}>{known ? t(known.text) : status}</StatusChip>;
}

export function PayoutList({ items, total }: { items: readonly PayoutRecord[]; total: number }) {
  return (
    <RecentList
      title={t('payouts')} total={total} items={items} empty={t('noPayouts')} first={5}
      row={(payout) => (
        <li key={payout.id} class="row">
          <div class="row-main">
            <span class="amount"><Money amount={payout.amount} currency={payout.currency} /></span>
            <PayoutStatus status={payout.status} />
            {payout.createdAt != null
              // The parsed date in the UI's own format and language (the site writes its own).
              ? <time class="when" dateTime={new Date(payout.createdAt).toISOString()}>{formatDateTime(payout.createdAt)}</time>
              : <span class="when">{payout.createdText}</span>}
          </div>
          {payout.system && <div class="row-sub"><span class="system">{payout.system}</span></div>}
        </li>
      )}
    />
  );
}
