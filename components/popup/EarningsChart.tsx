/**
 * The last 30 days of earnings as bars, one per calendar day, today marked (outlined, and named
 * under the axis), the period and the total in the caption. Built from HTML boxes in a flex row,
 * not a fixed-size drawing: bars share whatever width there is and the labels wrap, so nothing
 * overlaps at any width. Keyboard: the bars are one tab stop, arrows/Home/End move between days;
 * each bar is labelled with its date, sum and count (what a screen reader reads), and the line under
 * the chart shows the day in focus or under the pointer.
 */
import { useId, useState } from 'preact/hooks';
import { bonuses, formatDay, money } from './earnings-format';
import type { Day, Series } from '../../entrypoints/popup/earnings/daily';
import { tEarnings as t } from '../../entrypoints/popup/texts-earnings';

interface Props { series: Series; currency: string; timeZone: string }

const KEYS: Record<string, (i: number, last: number) => number> = {
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowRight: (i, last) => Math.min(last, i + 1),
  Home: () => 0,
  End: (_i, last) => last,
};

export function EarningsChart({ series, currency, timeZone }: Props) {
  const { days, total, max } = series;
  const last = days.length - 1;
  const [active, setActive] = useState(last);
  const [shown, setShown] = useState<number | null>(null);
  const hintId = useId();
  const first = days[0]!;
  const today = days[last]!;
  const label = (day: Day) => {
    const date = formatDay(timeZone, day.year, day.month, day.day);
    const text = t('chartBar', {
      date: day.today ? `${date} (${t('chartToday')})` : date,
      sum: money(day.figure, currency),
      bonuses: bonuses(day.figure.count),
    });
    return day.figure.approximate ? `≈ ${text}` : text;
  };
  const move = (event: KeyboardEvent) => {
    const to = KEYS[event.key]?.(active, last);
    if (to === undefined) return;
    event.preventDefault();
    setActive(to);
    setShown(to);
    ((event.currentTarget as HTMLElement).children[to] as HTMLElement | undefined)?.focus();
  };
  const readout = days[shown ?? last]!;
  return (
    <figure class="chart">
      <figcaption>
        <span class="chart-title">
          {t('chart', { from: formatDay(timeZone, first.year, first.month, first.day), to: formatDay(timeZone, today.year, today.month, today.day, true) })}
        </span>
        <span class="chart-total">
          {total.approximate ? '≈ ' : ''}{t('chartTotal', { sum: money(total, currency), bonuses: bonuses(total.count) })}
        </span>
      </figcaption>
      <ol class="bars" onKeyDown={move} onMouseLeave={() => setShown(null)} aria-describedby={hintId}>
        {days.map((day, i) => (
          <li
            key={day.key}
            class={`bar-slot${day.today ? ' bar-today' : ''}${day.figure.approximate ? ' bar-approx' : ''}`}
            tabIndex={i === active ? 0 : -1}
            aria-label={label(day)}
            aria-current={day.today ? 'date' : undefined}
            onFocus={() => { setActive(i); setShown(i); }}
            onMouseEnter={() => setShown(i)}
          >
            <span class="bar" style={{ height: max > 0 ? `${Math.max(day.figure.sum > 0 ? 4 : 0, (day.figure.sum / max) * 100)}%` : '0%' }} />
          </li>
        ))}
      </ol>
      <div class="chart-axis" aria-hidden="true">
        <span>{formatDay(timeZone, first.year, first.month, first.day)}</span>
        <span class="chart-today-label">▼ {t('chartToday')}</span>
      </div>
      <p class="chart-readout" aria-hidden="true">{label(readout)}</p>
      <p id={hintId} class="visually-hidden">{t('chartHint')}</p>
    </figure>
  );
}
