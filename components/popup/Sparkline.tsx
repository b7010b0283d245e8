/**
 * Inline SVG sparkline of the balance history (utils/sparkline.ts does the maths).
 * Lowest and highest values are in the accessible name and the hover tooltip,
 * and show as a caption on hover or keyboard focus.
 */
import { sparkline } from '../../entrypoints/popup/sparkline';
import { formatMoney } from '../../utils/format';
import { tPopupDetails as tPopup } from '../../entrypoints/popup/texts-details';
import type { BalancePoint } from '../../utils/model';

const BOX = { width: 120, height: 40, pad: 3 };

export function Sparkline({ points, currency }: { points: readonly BalancePoint[]; currency: string }) {
  if (points.length < 2) return null;
  const line = sparkline(points, BOX);
  const min = formatMoney(line.min, currency);
  const max = formatMoney(line.max, currency);
  const label = tPopup('historyRange', { min, max });
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
      <figcaption class="spark-range" aria-hidden="true">
        <span>{tPopup('historyMax', { amount: max })}</span>
        <span>{tPopup('historyMin', { amount: min })}</span>
      </figcaption>
    </figure>
  );
}
