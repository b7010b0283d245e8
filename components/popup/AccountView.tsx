/** Everything about one account: numbers, sync state, recent lists, CSV downloads. */
import { BalanceCard } from './BalanceCard';
import { SyncStatus } from './SyncStatus';
import { ExchangeList } from './ExchangeList';
import { PayoutList } from './PayoutList';
import { CsvExport } from './CsvExport';
import { tPopup as t } from '../../utils/i18n/popup';
import type { AccountData } from '../../utils/popup-state';
import type { Account, Settings } from '../../utils/model';
import type { RefreshFailure } from './useRefresh';

interface Props {
  account: Account;
  data: AccountData;
  fresh: readonly number[];
  settings: Settings;
  now: number;
  refreshing: boolean;
  failure: RefreshFailure | undefined;
  onRefresh: () => void;
}

export function AccountView({ account, data, fresh, settings, now, refreshing, failure, onRefresh }: Props) {
  const { cache } = data;
  const summary = cache?.summary ?? null;
  const failed = Boolean(failure ?? cache?.lastError);
  return (
    <>
      {summary
        ? <BalanceCard summary={summary} history={cache?.history ?? []} stale={failed} />
        : !failed && <p class="first-sync muted">{t('firstSync')}</p>}
      <SyncStatus cache={cache} now={now} refreshing={refreshing} failure={failure} onRefresh={onRefresh} />
      {cache && (
        <>
          <ExchangeList items={cache.recentExchanges} total={cache.exchangeCount} fresh={fresh} now={now} />
          <PayoutList items={cache.recentWithdrawals} total={cache.withdrawalCount} />
        </>
      )}
      <CsvExport key={account.id} account={account} separator={settings.csvSeparator} />
    </>
  );
}
