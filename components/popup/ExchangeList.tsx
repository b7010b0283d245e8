/**
 * Recent referral exchanges, newest first: bonus, order number (copyable) and
 * time. Exchanges the extension saw arrive get their exact time; history found
 * on the first sync only has the site's own text ("3 weeks ago").
 * New ones carry a visible "New" label, which screen readers read too.
 */
import { Money } from './Money';
import { CopyText } from './CopyText';
import { StatusChip } from './StatusChip';
import { RecentList } from './RecentList';
import { formatDate, formatDateTime, formatRelative } from '../../utils/format';
import { isRecent } from '../../entrypoints/popup/state';
import { tPopupDetails as t } from '../../entrypoints/popup/texts-details';
import type { ExchangeRecord } from '../../utils/model';

/**
 * When the exchange happened, in the UI's language and one format: the date estimated when the row
 * was first stored ("≈" when the site's text allowed only an estimate), or the time it arrived.
 * Only a row stored before dates were estimated shows the site's own text.
 */
function When({ exchange, now }: { exchange: ExchangeRecord; now: number }) {
  const at = exchange.createdAt ?? (exchange.live ? exchange.firstSeenAt : null);
  if (at == null) return <span class="when">{exchange.createdText}</span>;
  const approximate = exchange.createdPrecision != null && exchange.createdPrecision !== 'exact';
  // Known to the day or worse: an hour of day would claim more than the site said.
  const exact = approximate && exchange.createdPrecision !== 'hour' ? formatDate(at) : formatDateTime(at);
  const shown = isRecent(at, now) ? formatRelative(at, now) : exact;
  return (
    <time class="when" dateTime={new Date(at).toISOString()} title={approximate ? `≈ ${exact}` : exact}>
      {approximate ? `≈ ${shown}` : shown}
    </time>
  );
}

interface Props { items: readonly ExchangeRecord[]; total: number; markedNew: readonly number[]; now: number }

export function ExchangeList({ items, total, markedNew, now }: Props) {
  return (
    <RecentList
      title={t('exchanges')} total={total} items={items} empty={t('noExchanges')}
      row={(exchange) => {
        const isNew = markedNew.includes(exchange.id);
        return (
          <li key={exchange.id} class={isNew ? 'row new' : 'row'}>
            <div class="row-main">
              <span class="amount"><Money amount={exchange.amount} currency={exchange.currency} sign /></span>
              {isNew && <StatusChip tone="new">{t('new')}</StatusChip>}
              <When exchange={exchange} now={now} />
            </div>
            <div class="row-sub">
              <CopyText text={exchange.orderId} hint={t('copyHint')}>{t('order', { id: exchange.orderId })}</CopyText>
            </div>
          </li>
        );
      }}
    />
  );
}
