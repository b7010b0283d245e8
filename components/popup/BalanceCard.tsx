/**
 * The numbers a partner opens the popup for: the balance (large, named
 * "Balance" for assistive tech and tests), its history, the referral percent,
 * referrals, lifetime earnings and payouts, and the referral code to copy.
 */
import { useId, useLayoutEffect } from 'preact/hooks';
import { Money } from './Money';
import { CopyButton } from './CopyButton';
import { formatCount, formatMoney, formatPercent } from '../../utils/format';
import { tPopup as t } from '../../entrypoints/popup/texts';
import type { BalancePoint, SummaryRecord } from '../../utils/model';
import { later, useLater } from './later';

// The history chart arrives a frame after the balance: it is not what the first paint is for.
const chart = later(() => import('./Sparkline'));

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

export function BalanceCard({ summary, history, stale }: { summary: SummaryRecord; history: readonly BalancePoint[]; stale: boolean }) {
  useBalancePaintedMark();
  const spark = useLater(chart);
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
      <dl class="stats">
        <div><dt>{t('percent')}</dt><dd>{formatPercent(summary.percent)}</dd></div>
        <div><dt>{t('referrals')}</dt><dd>{formatCount(summary.referrals)}</dd></div>
        <div><dt>{t('earned')}</dt><dd><Money amount={summary.totalEarned} currency={currency} /></dd></div>
        <div><dt>{t('paidOut')}</dt><dd><Money amount={summary.totalPaidOut} currency={currency} /></dd></div>
      </dl>
      {summary.referralHash && (
        <p class="ref">
          <span class="muted">{t('referralCode')}</span> <code>{summary.referralHash}</code>
          <CopyButton text={summary.referralHash} label={t('copyCode', { code: summary.referralHash })} />
        </p>
      )}
    </section>
  );
}
