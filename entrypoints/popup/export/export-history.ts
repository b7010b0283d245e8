/**
 * One download: ask the background to finish syncing the whole list, then read the full history
 * from IndexedDB in batches, keeping the rows of the chosen period, and save it newest first:
 * - CSV: the file's lines are built in the same pass (100 000 rows are never an array of records);
 * - .xlsx: each kept row becomes its cell values, then ./xlsx.ts (and fflate) loads, on first use only.
 * Answers what the popup should say.
 */
import { eachRow } from '../../../utils/storage/history';
import { csvFileName, exchangesCsvWriter, payoutsCsvWriter, type CsvSeparator, type CsvWriter } from './csv';
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

async function buildCsv(accountId: string, list: ExportList, separator: CsvSeparator, keep: Keep) {
  const writer = (list === 'exchanges' ? exchangesCsvWriter(separator) : payoutsCsvWriter(separator)) as CsvWriter<Dated>;
  let rows = 0;
  await eachRow(accountId, list, (row) => {
    if (keep(row)) { writer.add(row); rows += 1; }
  });
  // The store reads oldest first; the file lists the newest first, as the site and the popup do.
  return { rows, data: writer.text('reversed') };
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

export async function exportHistory(account: Account, list: ExportList, choice: ExportChoice, now = new Date()): Promise<ExportOutcome> {
  const answer = await send('exportHistory', { accountId: account.id, list });
  if (!answer.ok) return { kind: 'failed', error: answer.error };
  const keep = inPeriod(choice.period, now);
  const file = choice.format === 'xlsx'
    ? await buildSheet(account.id, list, keep)
    : { ...(await buildCsv(account.id, list, choice.separator, keep)), type: undefined };
  if (file.rows === 0) return { kind: 'empty' };
  const fileName = csvFileName(account.origin, list, now, choice.format);
  downloadText(fileName, file.data, file.type);
  return { kind: 'done', rows: file.rows, fileName };
}
