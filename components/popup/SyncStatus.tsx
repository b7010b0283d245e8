/**
 * When the data was last updated, the Refresh button (disabled with a spinner
 * while a sync runs; its name stays "Refresh"), and, when the last sync
 * failed: a passing trouble with fresh data (isQuiet) only a small "Retrying soon" mark; otherwise
 * "Update failed" (fresh data) or "Out of date" (older than twice the interval) and the error note:
 * the cause, that the figures are the saved ones, what to do. Offline is said as offline.
 */
import { ErrorNote } from './ErrorNote';
import { StatusChip } from './StatusChip';
import { useOnline } from './useOnline';
import { formatDateTime, formatRelative } from '../../utils/format';
import { tPopupDetails as t } from '../../entrypoints/popup/texts-details';
import { isQuiet } from '../../utils/quiet';
import type { AccountCache } from '../../utils/model';
import type { Failure } from '../../utils/errors';

interface Props {
  /** Whose status: its error note opens this account's edit form. */
  accountId?: string;
  cache: AccountCache | null;
  now: number;
  /** The update interval: a passing trouble stays quiet while the data is younger than twice it. */
  pollMinutes: number;
  refreshing: boolean;
  failure: Failure | undefined;
  onRefresh: () => void;
}

export function SyncStatus({ accountId, cache, now, pollMinutes, refreshing, failure, onRefresh }: Props) {
  const error = failure ?? cache?.lastError ?? null;
  const lastSuccessAt = cache?.lastSuccessAt ?? null;
  const hasData = Boolean(cache?.summary);
  const quiet = isQuiet(error, lastSuccessAt, pollMinutes, now);
  // Fresh data whose last update failed is not "out of date": it is an update that failed.
  const old = lastSuccessAt === null || now - lastSuccessAt >= 2 * pollMinutes * 60_000;
  // The browser offline is said as such (no site is to blame), even before an update has failed.
  const offline = !useOnline();
  const lead = hasData && <p class="note-lead"><strong>{t('staleNote')}</strong></p>;
  return (
    <>
      <div class="sync">
        <p class="updated" role="status">
          {refreshing
            ? t('refreshing')
            : lastSuccessAt === null
              ? t('neverUpdated')
              : <span title={formatDateTime(lastSuccessAt)}>{t(error ? 'lastUpdated' : 'updated', { when: formatRelative(lastSuccessAt, now) })}</span>}
        </p>
        {error && hasData && (quiet
          ? <StatusChip tone="neutral">{t('retrying')}</StatusChip>
          : <StatusChip tone="warn">{t(old ? 'stale' : 'updateFailed')}</StatusChip>)}
        <button
          type="button" class="refresh" aria-disabled={refreshing} aria-busy={refreshing}
          // aria-disabled, not disabled: a disabled button drops the keyboard focus to <body>.
          onClick={() => { if (!refreshing) onRefresh(); }}
        >
          <span class={refreshing ? 'spinner spinning' : 'spinner'} aria-hidden="true" />
          {t('refresh')}
        </button>
      </div>
      {offline ? (
        <div class="note note-error" role="status">
          <p class="note-message">{t('offline')}</p>
          {lead}
          <p>{t('offlineAction')}</p>
        </div>
      ) : error && !quiet && <ErrorNote error={error} lead={lead} accountId={accountId} />}
      {cache && cache.lastSuccessAt !== null && !cache.complete.exchanges && (
        <p class="muted history-note">{t('loadingHistory', { count: cache.exchangeCount })}</p>
      )}
      {cache?.full && <p class="warn history-note">{t('storeFull')}</p>}
    </>
  );
}
