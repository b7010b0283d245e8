/** A titled list that shows its first ten rows and expands to all on request. */
import { useId, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { formatCount } from '../../utils/format';
import { tPopup as t } from '../../utils/i18n/popup';

const FIRST = 10;

interface Props<T> {
  title: string;
  /** All rows the site has (shown beside the title); the list itself holds the recent ones. */
  total: number;
  items: readonly T[];
  empty: string;
  row: (item: T) => ComponentChildren;
}

export function RecentList<T>({ title, total, items, empty, row }: Props<T>) {
  const [all, setAll] = useState(false);
  const headingId = useId();
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section class="list" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {total > 0 && <span class="total"> · {formatCount(total)}</span>}
      </h2>
      {items.length === 0 ? <p class="muted empty">{empty}</p> : <ul>{shown.map(row)}</ul>}
      {items.length > FIRST && (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('showLess') : t('showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}
