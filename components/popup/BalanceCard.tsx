/**
 * The number a partner opens the popup for: the balance (large, named "Balance" for assistive
 * tech and tests). Its history chart and the figures under it (./BalanceFigures) follow a frame later.
 */
import { useId, useLayoutEffect } from 'preact/hooks';
import { formatMoney } from '../../utils/format';
import { tPopup as t } from '../../entrypoints/popup/texts';
import type { BalancePoint, PayoutTotals, SummaryRecord } from '../../utils/model';
import { later, useLater } from './later';

// The history chart arrives a frame after the balance: it is not what the first paint is for.
const chart = later(() => import('./Sparkline'));
// So do the figures under it (percent, referrals, totals, referral code).
const figures = later(() => import('./BalanceFigures'));

export const BALANCE_PAINTED = 'iex:balance-painted';

/** The benchmark reads this mark: the first frame that shows a balance. */
function useBalancePaintedMark() {
  useLayoutEffect(() => {
    if (performance.getEntriesByName(BALANCE_PAINTED).length > 0) return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(BALANCE_PAINTED).length === 0) performance.mark(BALANCE_PAINTED);
    });
  }, []);
}

export function BalanceCard({ summary, totals, history, stale }: { summary: SummaryRecord; totals: PayoutTotals | null; history: readonly BalancePoint[]; stale: boolean }) {
  useBalancePaintedMark();
  const spark = useLater(chart);
  const more = useLater(figures);
  const labelId = useId();
  const { currency } = summary;
  return (
    <section class={stale ? 'balance-card stale' : 'balance-card'}>
      <div class="balance-head">
        <div>
          <div class="balance-label" id={labelId}>{t('balance')}</div>
          <output class="balance" aria-labelledby={labelId}>{formatMoney(summary.balance, currency)}</output>
        </div>
        {spark
          ? <spark.Sparkline points={history} currency={currency} />
          : history.length >= 2 && <div class="spark spark-slot" aria-hidden="true" />}
      </div>
      {more ? <more.BalanceFigures summary={summary} totals={totals} /> : <div class="stats-slot" aria-hidden="true" />}
    </section>
  );
}
