/**
 * A large CSV is built on two threads. Reading 100 000 rows from IndexedDB and writing their lines
 * takes about 200 ms on one thread (BENCHMARKS.md), and every machine has at least two cores:
 * - the rows are cut into consecutive shares of about SHARE_ROWS in id order (utils/storage/history.ts: rowShares);
 * - the popup and a Worker (./csv-worker.ts, which reads from the same database) each take the next
 *   share when done with their last, so both finish together whatever the worker's start costs;
 * - the file is the head, then each share's lines, newest first.
 * Below SPLIT_ROWS, starting a Worker would cost more than it saves. A Worker that cannot start,
 * fails or hangs (./csv-thread.ts) has its share built here instead: the file is the same either way.
 */
import { setLocale, type Locale } from '../../../utils/i18n';
import { eachExchangeBlock, eachRow, type RowShare } from '../../../utils/storage/history';
import type { ListName } from '../../../utils/model';
import { csvHead, payoutsCsvWriter, type CsvSeparator } from './csv';
import { exchangeColumnsWriter } from './csv-columns';
import { inPeriod, inPeriodAt, type Period } from './period';

/** What one thread builds: plain data, so that it can be posted to a Worker. */
export interface CsvPartJob {
  accountId: string;
  list: ListName;
  share: RowShare;
  separator: CsvSeparator;
  period: Period;
  /** The time the period is counted from (epoch ms). */
  now: number;
  locale: Locale;
}

/** A share's rows kept, and their lines newest first (a Worker answers a Blob: not copied, already UTF-8). */
export interface CsvPart { rows: number; lines: string | Blob }

/** A performance mark after each CSV built; its detail says in how many shares, and how many a Worker built. */
export const CSV_BUILT = 'iex:csv-built';

/** Rows from which the file is built on two threads, in shares of about SHARE_ROWS. */
export const SPLIT_ROWS = 20_000;
export const SHARE_ROWS = 10_000;

export const sharesFor = (rows: number) => (rows >= SPLIT_ROWS ? Math.ceil(rows / SHARE_ROWS) : 1);

/**
 * Whether the second thread starts at the click, before the background answers (it then loads while
 * the background answers): when the rows the popup's cache counts as stored are enough for shares, or
 * are not known yet (a history still loading may reach that). A small history's file never starts one.
 */
export const threadAtClick = (storedRows: number | null) => storedRows === null || storedRows >= SPLIT_ROWS;

/** Read one share of the list, keep the rows of the period, and write their lines, newest first. */
export async function csvPart(job: CsvPartJob): Promise<CsvPart> {
  const now = new Date(job.now);
  // The store reads oldest first; the file lists the newest first, as the site and the popup do.
  if (job.list === 'exchanges') {
    const writer = exchangeColumnsWriter(job.separator, inPeriodAt(job.period, now));
    await eachExchangeBlock(job.accountId, writer.add, job.share);
    return { rows: writer.count, lines: writer.lines('reversed') };
  }
  const writer = payoutsCsvWriter(job.separator);
  const keep = inPeriod(job.period, now);
  let rows = 0;
  await eachRow(job.accountId, job.list, (row) => {
    if (keep(row)) { writer.add(row); rows += 1; }
  }, job.share);
  return { rows, lines: writer.lines('reversed') };
}

/** Another thread building shares one at a time (a Worker: ./csv-thread.ts). */
export interface CsvThread {
  run(job: CsvPartJob): Promise<CsvPart>;
  end(): void;
}

/** What ./csv-worker.ts answers. */
export type WorkerAnswer = { ok: true; part: CsvPart } | { ok: false };

/** The Worker's own side: its texts in the popup's language, then the share. */
export async function answerJob(job: CsvPartJob): Promise<WorkerAnswer> {
  setLocale(job.locale);
  try {
    return { ok: true, part: await csvPart(job) };
  } catch {
    return { ok: false };
  }
}

/**
 * The whole file of one list from its shares (in id order). The shares are handed out in turn to
 * this thread and, when there are several, to one Worker thread, each taking the next share when
 * done with its last, so both finish together whatever the worker's start costs. A share the
 * worker fails is built here, and the worker gets no more.
 */
export async function buildCsvFile(
  job: Omit<CsvPartJob, 'share'>,
  shares: readonly RowShare[],
  startThread: (() => CsvThread) | null,
): Promise<{ rows: number; data: (string | Blob)[]; shares: number; byWorker: number }> {
  const parts: CsvPart[] = [];
  let byWorker = 0;
  let next = 0;
  const take = () => (next < shares.length ? next++ : -1);
  const partJob = (i: number): CsvPartJob => ({ ...job, share: shares[i]! });
  const here = async () => {
    for (let i = take(); i >= 0; i = take()) parts[i] = await csvPart(partJob(i));
  };
  const there = async (thread: CsvThread) => {
    try {
      for (let i = take(); i >= 0; i = take()) {
        try {
          parts[i] = await thread.run(partJob(i));
          byWorker += 1;
        } catch {
          parts[i] = await csvPart(partJob(i));
          return;
        }
      }
    } finally {
      thread.end();
    }
  };
  await Promise.all([here(), shares.length > 1 && startThread ? there(startThread()) : undefined]);
  // Shares are in id order (oldest first); the file lists the newest first.
  parts.reverse();
  const rows = parts.reduce((sum, part) => sum + part.rows, 0);
  return { rows, data: [csvHead(job.list, job.separator), ...parts.map((part) => part.lines)], shares: shares.length, byWorker };
}
