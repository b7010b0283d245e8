/**
 * Earnings by period, each beside its fair reference (entrypoints/popup/earnings/periods.ts), what
 * came since the partner last looked, and the 30-day chart. Read from the stored history when the
 * account's data changes; a figure built on estimated dates carries "≈" and says why.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { EarningsChart } from './EarningsChart';
import { addStyles } from './addStyles';
import { bonuses, money, referenceLabel, trendText } from './earnings-format';
import type { AccountViewProps } from './accountViewProps';
import { trendOf, type Figure, type PeriodFigures } from '../../entrypoints/popup/earnings/periods';
import type { Earnings } from '../../entrypoints/popup/earnings/load';
import { tEarnings as t } from '../../entrypoints/popup/texts-earnings';
import styles from './earnings.css?inline';

addStyles(styles);

type Props = Pick<AccountViewProps, 'account' | 'data' | 'markedNew' | 'now'>;

/** A sum with its count; "≈" (with its reason for a screen reader and as a tooltip) when approximate. */
function Amount({ figure, currency }: { figure: Figure; currency: string }) {
  return (
    <>
      {figure.approximate && (
        <>
          <span class="approx" title={t('approximate')} aria-hidden="true">≈ </span>
          <span class="visually-hidden">{t('approximateShort')} </span>
        </>
      )}
      <span class="money">{money(figure, currency)}</span>
      <span class="muted"> · {bonuses(figure.count)}</span>
    </>
  );
}

function Period({ period, currency, timeZone }: { period: PeriodFigures; currency: string; timeZone: string }) {
  const trend = trendOf(period.figure, period.referenceFigure);
  return (
    <div class="period" data-period={period.name}>
      <dt>{t(period.name)}</dt>
      <dd class="period-figure"><Amount figure={period.figure} currency={currency} /></dd>
      <dd class="period-ref">
        <span class={`trend trend-${trend.kind}`}>{trendText(trend)}</span>
        {' · '}{referenceLabel(period, timeZone)}: <Amount figure={period.referenceFigure} currency={currency} />
      </dd>
    </div>
  );
}

export function EarningsPanel({ account, data, markedNew, now }: Props) {
  const { cache } = data;
  const [earnings, setEarnings] = useState<Earnings | null>(null);
  const [failed, setFailed] = useState(false);
  const headingId = useId();
  // Read again when a sync lands, when rows are marked new, and when the minute changes (today moves on).
  const minute = Math.floor(now / 60_000);
  const newKey = markedNew.join(',');
  useEffect(() => {
    let alive = true;
    import('../../entrypoints/popup/earnings/load')
      .then(({ loadEarnings }) => loadEarnings(account.id, now, cache?.recentExchanges ?? [], markedNew))
      .then((loaded) => alive && (setEarnings(loaded), setFailed(false)), () => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [account.id, cache?.lastSuccessAt, newKey, minute]);

  const currency = cache?.summary?.currency ?? cache?.recentExchanges[0]?.currency ?? 'RUB';
  const approximate = earnings?.periods.some((p) => p.figure.approximate || p.referenceFigure.approximate);
  return (
    <section class="earnings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      {failed ? (
        <p class="muted">{t('failed')}</p>
      ) : !earnings ? (
        <p class="muted earnings-slot">{t('loading')}</p>
      ) : (
        <>
          <dl class="periods">
            {earnings.periods.map((period) => <Period key={period.name} period={period} currency={currency} timeZone={earnings.timeZone} />)}
          </dl>
          {approximate && <p class="muted approx-note" aria-hidden="true">{t('approximate')}</p>}
          <p class="since" data-since>
            {earnings.since.count > 0
              ? <>{t('since')}: <strong><Amount figure={earnings.since} currency={currency} /></strong></>
              : <span class="muted">{t('sinceNone')}</span>}
          </p>
          <EarningsChart series={earnings.series} currency={currency} timeZone={earnings.timeZone} />
        </>
      )}
    </section>
  );
}
