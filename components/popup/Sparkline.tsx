/**
 * Inline SVG sparkline of the balance history (entrypoints/popup/sparkline.ts does the maths).
 * Its period ("since 3 Nov 2026", from the first point) shows under it and is in its name;
 * lowest and highest values are in the accessible name and the hover tooltip,
 * and show as a caption on hover or keyboard focus.
 */
import { sparkline } from '../../entrypoints/popup/sparkline';
import { formatDate, formatMoney } from '../../utils/format';
import { addStyles } from './addStyles';
import styles from './spark.css?inline';
import { tPopupDetails as tPopup } from '../../entrypoints/popup/texts-details';
import type { BalancePoint } from '../../utils/model';

addStyles(styles);

/** 26 px of chart + a 14 px period line = the 40 px slot BalanceCard holds. */
const BOX = { width: 120, height: 26, pad: 3 };

export function Sparkline({ points, currency }: { points: readonly BalancePoint[]; currency: string }) {
  if (points.length < 2) return null;
  const line = sparkline(points, BOX);
  const min = formatMoney(line.min, currency);
  const max = formatMoney(line.max, currency);
  const since = formatDate(points[0]!.at);
  const label = tPopup('historyRange', { since, min, max });
  return (
    <figure class="spark">
      <svg
        role="img" aria-label={label} tabindex={0}
        width={BOX.width} height={BOX.height} viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      >
        <title>{label}</title>
        <path d={line.d} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round" />
        {line.end && <circle cx={line.end.x} cy={line.end.y} r="2.5" fill="currentColor" />}
      </svg>
      {/* Said in the chart's name already: hidden from screen readers to not say it twice. */}
      <p class="spark-period" aria-hidden="true">{tPopup('historySince', { date: since })}</p>
      <figcaption class="spark-range" aria-hidden="true">
        <span>{tPopup('historyMax', { amount: max })}</span>
        <span>{tPopup('historyMin', { amount: min })}</span>
      </figcaption>
    </figure>
  );
}
