/**
 * When the data was last updated, the Refresh button (disabled with a spinner
 * while a sync runs; its name stays "Refresh"), and, when the last sync
 * failed, an "Out of date" marker with what went wrong and what to do.
 */
import { ErrorNote } from './ErrorNote';
import { StatusChip } from './StatusChip';
import { formatDateTime, formatRelative } from '../../utils/format';
import { tPopupDetails as t } from '../../entrypoints/popup/texts-details';
import type { AccountCache } from '../../utils/model';
import type { Failure } from '../../utils/errors';

interface Props {
  cache: AccountCache | null;
  now: number;
  refreshing: boolean;
  failure: Failure | undefined;
  onRefresh: () => void;
}

export function SyncStatus({ cache, now, refreshing, failure, onRefresh }: Props) {
  const error = failure ?? cache?.lastError ?? null;
  const lastSuccessAt = cache?.lastSuccessAt ?? null;
  const hasData = Boolean(cache?.summary);
  const lead = hasData && <p class="note-lead"><strong>{t('staleNote')}</strong></p>;
  return (
    <>
      <div class="sync">
        <p class="updated" role="status">
          {refreshing
            ? t('refreshing')
            : lastSuccessAt === null
              ? t('neverUpdated')
              : <span title={formatDateTime(lastSuccessAt)}>{t('updated', { when: formatRelative(lastSuccessAt, now) })}</span>}
        </p>
        {error && hasData && <StatusChip tone="warn">{t('stale')}</StatusChip>}
        <button
          type="button" class="refresh" aria-disabled={refreshing} aria-busy={refreshing}
          // aria-disabled, not disabled: a disabled button drops the keyboard focus to <body>.
          onClick={() => { if (!refreshing) onRefresh(); }}
        >
          <span class={refreshing ? 'spinner spinning' : 'spinner'} aria-hidden="true" />
          {t('refresh')}
        </button>
      </div>
      {error && <ErrorNote error={error} lead={lead} />}
      {cache && cache.lastSuccessAt !== null && !cache.complete.exchanges && (
        <p class="muted history-note">{t('loadingHistory', { count: cache.exchangeCount })}</p>
      )}
      {cache?.full && <p class="warn history-note">{t('storeFull')}</p>}
    </>
  );
}
