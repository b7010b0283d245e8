/**
 * "Exchanges CSV" and "Payouts CSV": while the background walks the remaining
 * pages, shows its progress (session storage), then what happened.
 */
import { useEffect, useState } from 'preact/hooks';
import { ErrorNote } from './ErrorNote';
import { follow } from '../../utils/storage/follow';
import { progressItem } from '../../utils/storage/items';
import { NO_ANSWER } from '../../utils/send';
import type { SyncProgress } from '../../utils/model';
import { tPopupDetails as t } from '../../entrypoints/popup/texts-details';
import type { ExportList, ExportOutcome } from '../../entrypoints/popup/export/export-history';
import type { Account, Settings } from '../../utils/model';

type Job = { list: ExportList; outcome: ExportOutcome | null };

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

function Outcome({ job, progress }: { job: Job; progress: SyncProgress | null }) {
  const { outcome } = job;
  if (!outcome) {
    return (
      <p class="muted">
        {progress && progress.list === job.list ? t('loadingPages', { count: progress.pages }) : t('preparing')}
      </p>
    );
  }
  if (outcome.kind === 'done') return <p>{t('exported', { count: outcome.rows })}</p>;
  if (outcome.kind === 'empty') return <p class="muted">{t('nothingToExport')}</p>;
  return <ErrorNote error={outcome.error} />;
}

export function CsvExport({ account, separator }: { account: Account; separator: Settings['csvSeparator'] }) {
  const [job, setJob] = useState<Job | null>(null);
  const working = job !== null && job.outcome === null;
  const progress = useProgress(account.id, working);
  const run = async (list: ExportList) => {
    setJob({ list, outcome: null });
    // The CSV code loads on first use: most popup opens never download.
    const outcome = await import('../../entrypoints/popup/export/export-history')
      .then(({ exportHistory }) => exportHistory(account, list, separator))
      .catch((): ExportOutcome => ({ kind: 'failed', error: NO_ANSWER }));
    setJob({ list, outcome });
  };
  return (
    <section class="export" aria-label={t('export')}>
      <div class="export-buttons">
        <button type="button" disabled={working} aria-busy={working && job?.list === 'exchanges'} onClick={() => void run('exchanges')}>
          {t('exchangesCsv')}
        </button>
        <button type="button" disabled={working} aria-busy={working && job?.list === 'payouts'} onClick={() => void run('payouts')}>
          {t('payoutsCsv')}
        </button>
      </div>
      <div class="export-status" role="status">{job && <Outcome job={job} progress={progress} />}</div>
    </section>
  );
}
