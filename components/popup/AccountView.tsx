/**
 * Everything about one account: numbers first, then (AccountDetails) sync state, recent lists and
 * CSV downloads. The details are a chunk of their own, requested as soon as the popup starts and
 * rendered when they arrive (usually with the balance): the balance, which is what a click on the
 * toolbar button is for, never waits for them, and the popup's script stays within its budget.
 */
import { BalanceCard } from './BalanceCard';
import { later, useLater } from './later';
import { tPopup as t } from '../../entrypoints/popup/texts';
import type { AccountViewProps } from './accountViewProps';
import { isQuiet } from '../../utils/quiet';


export type { AccountViewProps };

const details = later(() => import('./AccountDetails'));

export function AccountView(props: AccountViewProps) {
  const Details = useLater(details)?.AccountDetails;
  const { cache } = props.data;
  const summary = cache?.summary ?? null;
  const error = props.failure ?? cache?.lastError;
  // A passing trouble with fresh data is only a small mark (SyncStatus), not a greyed balance.
  const failed = Boolean(error) && !isQuiet(error, cache?.lastSuccessAt, props.settings.pollMinutes, props.now);
  return (
    <>
      {summary
        ? <BalanceCard summary={summary} totals={cache?.payoutTotals ?? null} history={cache?.history ?? []} stale={failed} />
        : !failed && <p class="first-sync muted">{t('firstSync')}</p>}
      {Details && <Details {...props} />}
    </>
  );
}
