/**
 * The figures under the balance, laid out as a sum so it can be checked at a glance:
 * available to withdraw + awaiting payout + paid out in total = earned in total (the payout sums
 * come from the stored list, computed by the background: entrypoints/background/sync/payout-totals.ts).
 * When the site's own figures do not add up, it says so. Then percent, referrals and the referral
 * code. A chunk of its own, drawn a frame after the balance (BalanceCard): the first paint is for
 * the balance, and the popup's first script stays within its budget.
 */
import { Money } from './Money';
import { CopyButton } from './CopyButton';
import { addStyles } from './addStyles';
import { formatCount, formatMoney, formatPercent } from '../../utils/format';
import { tFigures as tf } from '../../entrypoints/popup/texts-figures';
import type { PayoutTotals, SummaryRecord } from '../../utils/model';
import styles from './figures.css?inline';

addStyles(styles);

function Row({ op, label, amount, currency, total = false }: { op?: string; label: string; amount: number | string; currency: string; total?: boolean }) {
  return (
    <div class={total ? 'sum-total' : undefined}>
      <dt>{op && <span class="op">{op}</span>}{label}</dt>
      <dd><Money amount={amount} currency={currency} /></dd>
    </div>
  );
}

/** What the figures say about the site's own totals, when there is something to say. */
function Notes({ summary, totals }: { summary: SummaryRecord; totals: PayoutTotals }) {
  const money = (amount: number | string) => formatMoney(amount, summary.currency);
  const { gap } = totals;
  if (totals.otherCurrencyCount > 0) return <p class="muted figures-note">{tf('otherCurrency', { count: totals.otherCurrencyCount })}</p>;
  if (gap === null) return <p class="muted figures-note">{tf('partial')}</p>;
  const notes: string[] = [];
  if (totals.siteCounts === 'requested') notes.push(tf('siteCountsRequests', { total: money(summary.totalPaidOut) }));
  if (totals.siteCounts === 'unknown') notes.push(tf('listDiffers', { site: money(summary.totalPaidOut), listed: money(totals.listedPaid) }));
  if (Number(gap) !== 0) {
    const parts = summary.totalEarned - Number(gap);
    notes.push(tf('notAddingUp', { earned: money(summary.totalEarned), parts: money(parts), gap: money(Math.abs(Number(gap))) }));
  }
  return <>{notes.map((note) => <p key={note} class="warn figures-note">{note}</p>)}</>;
}

export function BalanceFigures({ summary, totals }: { summary: SummaryRecord; totals: PayoutTotals | null }) {
  const { currency } = summary;
  return (
    <>
      {totals ? (
        <>
          <dl class="sum">
            <Row label={tf('available')} amount={summary.balance} currency={currency} />
            <Row op="+" label={tf('awaiting', { count: totals.awaitingCount })} amount={totals.awaiting} currency={currency} />
            <Row op="+" label={tf('paidOut')} amount={totals.paid} currency={currency} />
            <Row op="=" label={tf('earned')} amount={summary.totalEarned} currency={currency} total />
          </dl>
          <Notes summary={summary} totals={totals} />
        </>
      ) : (
        <>
          <dl class="sum">
            <Row label={tf('paidOut')} amount={summary.totalPaidOut} currency={currency} />
            <Row label={tf('earned')} amount={summary.totalEarned} currency={currency} total />
          </dl>
          <p class="muted figures-note">{tf('afterUpdate')}</p>
        </>
      )}
      <dl class="stats">
        <div><dt>{tf('percent')}</dt><dd>{formatPercent(summary.percent)}</dd></div>
        <div><dt>{tf('referrals')}</dt><dd>{formatCount(summary.referrals)}</dd></div>
      </dl>
      {summary.referralHash && (
        <p class="ref">
          <span class="muted">{tf('referralCode')}</span> <code>{summary.referralHash}</code>
          <CopyButton text={summary.referralHash} label={tf('copyCode', { code: summary.referralHash })} />
        </p>
      )}
    </>
  );
}
