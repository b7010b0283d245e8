/**
 * The figures under the balance: percent, referrals, lifetime earnings and payouts, and the referral
 * code to copy. A chunk of its own, drawn a frame after the balance (BalanceCard): the first paint
 * is for the balance, and the popup's first script stays within its budget.
 */
import { Money } from './Money';
import { CopyButton } from './CopyButton';
import { formatCount, formatPercent } from '../../utils/format';
import { tPopup as t } from '../../entrypoints/popup/texts';
import type { SummaryRecord } from '../../utils/model';

export function BalanceFigures({ summary }: { summary: SummaryRecord }) {
  const { currency } = summary;
  return (
    <>
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
    </>
  );
}
