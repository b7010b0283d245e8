/**
 * One download: ask the background to finish syncing the whole list, then read the full history
 * from IndexedDB in batches, keeping the rows of the chosen period, and save it newest first:
 * - CSV: the file's lines are built in the same pass (100 000 rows are never an array of records),
 *   a large file on two threads (./csv-parts.ts);
 * - .xlsx: each kept row becomes its cell values, then ./xlsx.ts (and fflate) loads, on first use only.
 * Answers what the popup should say.
 */
import { eachRow, rowShares, type RowShare } from '../../../utils/storage/history';
import { csvFileName, type CsvSeparator } from './csv';
import { CSV_BUILT, buildCsvFile, sharesFor, threadAtClick } from './csv-parts';
import { csvThread, startedEarly } from './csv-thread';
import CsvWorker from './csv-worker?worker';
import { locale } from '../../../utils/i18n';
import { EXCHANGE_COLUMNS, PAYOUT_COLUMNS, headers, type CellValue, type Column } from './columns';
import { downloadText } from './download';
import { inPeriod, type Dated, type Period } from './period';
import { tExport } from '../texts-export';
import type { Account, ListName } from '../../../utils/model';
import type { Failure } from '../../../utils/errors';
import { send } from '../../../utils/send';

export type ExportList = ListName;
export type ExportFormat = 'csv' | 'xlsx';
export type { Period } from './period';

export interface ExportChoice {
  format: ExportFormat;
  period: Period;
  separator: CsvSeparator;
}

export type ExportOutcome =
  | { kind: 'done'; rows: number; fileName: string }
  | { kind: 'empty' }
  | { kind: 'failed'; error: Failure };

type Keep = (row: Dated) => boolean;

/**
 * The CSV's second thread (./csv-thread.ts); none where Workers do not exist. Vite's `?worker`
 * import, since WXT defines import.meta.url for the service worker's sake, which hides the
 * `new Worker(new URL(…, import.meta.url))` form from Vite.
 */
const startCsvThread = typeof Worker === 'undefined' ? null : () => csvThread(new CsvWorker());

/**
 * The shares of a CSV (./csv-parts.ts), from the directory read while the background answered when
 * it still holds the number of rows the background counts (no history walked in meanwhile), else read again.
 */
async function csvShares(accountId: string, list: ExportList, early: ReturnType<typeof rowShares> | null, count: number): Promise<RowShare[]> {
  const known = await early?.catch(() => null);
  if (known && known.rows === count) return known.shares;
  return (await rowShares(accountId, list, sharesFor)).shares;
}

async function buildSheet(accountId: string, list: ExportList, keep: Keep) {
  const columns = (list === 'exchanges' ? EXCHANGE_COLUMNS : PAYOUT_COLUMNS) as Column<Dated>[];
  const values: CellValue[][] = [];
  await eachRow(accountId, list, (row) => {
    if (keep(row)) values.push(columns.map((c) => c.value(row)));
  });
  values.reverse();
  const { buildXlsx, XLSX_MIME } = await import('./xlsx');
  const names = headers(columns);
  const data = buildXlsx({
    name: tExport(list === 'exchanges' ? 'exchangesSheet' : 'payoutsSheet'),
    // Order ids are text cells: every digit kept, never a number.
    columns: columns.map((c, i) => ({ header: names[i]!, type: c.type === 'id' ? 'text' : c.type })),
    rows: values,
  });
  return { rows: values.length, data, type: XLSX_MIME };
}

/** `storedRows`: the exchanges the popup's cache counts as stored; null when not known (the history is still loading). */
export async function exportHistory(
  account: Account, list: ExportList, choice: ExportChoice, storedRows: number | null = null, now = new Date(),
): Promise<ExportOutcome> {
  const csv = choice.format === 'csv';
  // While the background answers, for an exchanges CSV (payouts are one share): the second thread
  // starts loading if the file will likely need it, and the directory of the stored rows is read
  // (the popup has not opened the database yet).
  const exchangesCsv = csv && list === 'exchanges';
  const thread = exchangesCsv && startCsvThread && threadAtClick(storedRows) ? startedEarly(startCsvThread) : null;
  const early = exchangesCsv ? rowShares(account.id, list, sharesFor) : null;
  early?.catch(() => undefined); // awaited below, unless the answer is a failure
  try {
    const answer = await send('exportHistory', { accountId: account.id, list });
    if (!answer.ok) return { kind: 'failed', error: answer.error };
    const file = csv
      ? await buildCsvFile(
        { accountId: account.id, list, separator: choice.separator, period: choice.period, now: now.getTime(), locale: locale() },
        await csvShares(account.id, list, early, answer.count),
        thread?.take ?? startCsvThread,
      )
      : await buildSheet(account.id, list, inPeriod(choice.period, now));
    // How the file was built, for the browser's performance tools and the real-browser suites (e2e/shared/scenarios.ts).
    if ('shares' in file) performance.mark(CSV_BUILT, { detail: { shares: file.shares, byWorker: file.byWorker } });
    if (file.rows === 0) return { kind: 'empty' };
    const fileName = csvFileName(account.origin, list, now, choice.format);
    downloadText(fileName, file.data, 'type' in file ? file.type : undefined);
    return { kind: 'done', rows: file.rows, fileName };
  } finally {
    thread?.drop();
  }
}
