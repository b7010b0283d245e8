/**
 * The downloads: a period (this month, last month, this year, everything) and a CSV or an Excel
 * (.xlsx) file of each list. While the background walks the remaining pages, shows its progress
 * (session storage), then what happened.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { ErrorNote } from './ErrorNote';
import { follow } from '../../utils/storage/follow';
import { progressItem } from '../../utils/storage/items';
import { NO_ANSWER } from '../../utils/send';
import type { SyncProgress } from '../../utils/model';
import { tPopupDetails as t, type DetailsKey } from '../../entrypoints/popup/texts-details';
import type { ExportFormat, ExportList, ExportOutcome, Period } from '../../entrypoints/popup/export/export-history';
import type { Account, Settings } from '../../utils/model';

type Job = { list: ExportList; format: ExportFormat; period: Period; outcome: ExportOutcome | null };

const PERIODS = [
  ['thisMonth', 'thisMonth'], ['lastMonth', 'lastMonth'], ['thisYear', 'thisYear'], ['all', 'allTime'],
] as const satisfies readonly (readonly [Period, DetailsKey])[];

const BUTTONS = [
  ['exchanges', 'csv', 'exchangesCsv'], ['payouts', 'csv', 'payoutsCsv'],
  ['exchanges', 'xlsx', 'exchangesXlsx'], ['payouts', 'xlsx', 'payoutsXlsx'],
] as const satisfies readonly (readonly [ExportList, ExportFormat, DetailsKey])[];

function useProgress(accountId: string, active: boolean): SyncProgress | null {
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    const stop = follow(progressItem(accountId), setProgress);
    return () => {
      stop();
      setProgress(null);
    };
  }, [accountId, active]);
  return progress;
}

function Outcome({ job, progress, accountId }: { job: Job; progress: SyncProgress | null; accountId: string }) {
  const { outcome } = job;
  if (!outcome) {
    return (
      <p class="muted">
        {progress && progress.list === job.list ? t('loadingPages', { count: progress.pages }) : t('preparing')}
      </p>
    );
  }
  if (outcome.kind === 'done') return <p>{t('exported', { count: outcome.rows })}</p>;
  if (outcome.kind === 'empty') return <p class="muted">{t(job.period === 'all' ? 'nothingToExport' : 'nothingInPeriod')}</p>;
  return <ErrorNote error={outcome.error} accountId={accountId} />;
}

/**
 * `ready`: the account has data (a successful sync); until then there is nothing true to download.
 * `storedRows`: the exchanges stored, when the whole history is (null while it loads): a large file
 * starts its second thread at the click.
 */
export function CsvExport({ account, separator, ready, storedRows }: {
  account: Account; separator: Settings['csvSeparator']; ready: boolean; storedRows: number | null;
}) {
  const [job, setJob] = useState<Job | null>(null);
  const [period, setPeriod] = useState<Period>('all');
  const working = job !== null && job.outcome === null;
  const progress = useProgress(account.id, working);
  const hintId = useId();
  const run = async (list: ExportList, format: ExportFormat) => {
    if (working || !ready) return;
    const started = { list, format, period };
    setJob({ ...started, outcome: null });
    // The export code loads on first use: most popup opens never download.
    const outcome = await import('../../entrypoints/popup/export/export-history')
      .then(({ exportHistory }) => exportHistory(account, list, { format, period, separator }, storedRows))
      .catch((): ExportOutcome => ({ kind: 'failed', error: NO_ANSWER }));
    setJob({ ...started, outcome });
  };
  return (
    <section class="export" aria-label={t('export')}>
      <label class="export-period">
        {t('period')}{' '}
        <select value={period} disabled={working} onChange={(e) => setPeriod((e.currentTarget as HTMLSelectElement).value as Period)}>
          {PERIODS.map(([value, label]) => <option key={value} value={value}>{t(label)}</option>)}
        </select>
      </label>
      <div class="export-buttons">
        {BUTTONS.map(([list, format, label]) => (
          <button
            type="button"
            key={label}
            // aria-disabled, not disabled: a disabled button drops the keyboard focus to <body>.
            aria-disabled={working || !ready}
            aria-describedby={ready ? undefined : hintId}
            aria-busy={working && job?.list === list && job.format === format}
            onClick={() => void run(list, format)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {!ready && <p class="muted export-hint" id={hintId}>{t('exportNotYet')}</p>}
      <div class="export-status" role="status">{job && <Outcome job={job} progress={progress} accountId={account.id} />}</div>
    </section>
  );
}
