/**
 * What is below an account's balance: sync state and Refresh, recent exchanges and payouts, CSV
 * downloads. Its own chunk (see AccountView): the popup paints the balance without waiting for it.
 */
import { SyncStatus } from './SyncStatus';
import { ExchangeList } from './ExchangeList';
import { PayoutList } from './PayoutList';
import { CsvExport } from './CsvExport';
import { Earnings } from './Earnings';
import { GoalProgress } from './GoalProgress';
import { ReferralSlot } from './ReferralSlot';
import { addStyles } from './addStyles';
import type { AccountViewProps } from './accountViewProps';
import styles from './details.css?inline';
import { tPopupDetails as t } from '../../entrypoints/popup/texts-details';

addStyles(styles);

export function AccountDetails({ account, data, markedNew, settings, now, refreshing, failure, onRefresh }: AccountViewProps) {
  const { cache } = data;
  return (
    <>
      <ReferralSlot account={account} code={cache?.summary?.referralHash ?? null} />
      <SyncStatus accountId={account.id} cache={cache} now={now} pollMinutes={settings.pollMinutes} refreshing={refreshing} failure={failure} onRefresh={onRefresh} />
      {cache?.lastSuccessAt != null && <Earnings key={account.id} account={account} data={data} markedNew={markedNew} now={now} />}
      {cache?.summary && <GoalProgress account={account} summary={cache.summary} lastSuccessAt={cache.lastSuccessAt} now={now} />}
      {cache?.lastSuccessAt != null ? (
        <>
          <ExchangeList items={cache.recentExchanges} total={cache.exchangeCount} markedNew={markedNew} now={now} />
          <PayoutList items={cache.recentPayouts} total={cache.payoutCount} />
        </>
      ) : (
        // Never "no exchanges yet" for a list that was never loaded: that would say nothing happened.
        // Why: the site has not answered (the error note above says how), or the first update is running.
        <p class="muted not-loaded">{t(failure ?? cache?.lastError ? 'notLoaded' : 'loadingLists')}</p>
      )}
      <p class="site-link">
        <a href={account.origin} target="_blank" rel="noopener noreferrer">{t('openSite', { host: new URL(account.origin).host })}</a>
      </p>
      <CsvExport
        key={account.id} account={account} separator={settings.csvSeparator} ready={cache?.lastSuccessAt != null}
        storedRows={cache?.complete.exchanges ? cache.exchangeCount : null}
      />
    </>
  );
}
