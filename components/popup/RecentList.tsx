/**
 * A titled list that shows its first rows (ten by default) and expands to the recent rows the cache
 * keeps; the button says "the last N" when the site has more than that (the CSV has them all).
 */
import { useId, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { formatCount } from '../../utils/format';
import { tPopupDetails as t } from '../../entrypoints/popup/texts-details';

interface Props<T> {
  title: string;
  /** All rows the site has (shown beside the title); the list itself holds the recent ones. */
  total: number;
  items: readonly T[];
  empty: string;
  row: (item: T) => ComponentChildren;
  first?: number;
}

export function RecentList<T>({ title, total, items, empty, row, first = 10 }: Props<T>) {
  const [all, setAll] = useState(false);
  const headingId = useId();
  const shown = all ? items : items.slice(0, first);
  return (
    <section class="list" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {total > 0 && <span class="total"> · {formatCount(total)}</span>}
      </h2>
      {items.length === 0 ? <p class="muted empty">{empty}</p> : <ul>{shown.map(row)}</ul>}
      {items.length > first && (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('showLess') : t(items.length < total ? 'showRecent' : 'showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}
