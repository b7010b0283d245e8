/**
 * One CSV download: ask the background to finish syncing the whole list, then read the full
 * history from IndexedDB with a cursor, building the file in the same pass (100 000 rows are never
 * an array here), and save it. Answers what the popup should say.
 */
import { eachRow } from '../../../utils/storage/history';
import { csvFileName, exchangesCsvWriter, payoutsCsvWriter, type CsvSeparator, type CsvWriter } from './csv';
import { downloadText } from './download';
import type { Account, ListName } from '../../../utils/model';
import type { Failure } from '../../../utils/errors';
import { send } from '../../../utils/send';

export type ExportList = ListName;

export type ExportOutcome =
  | { kind: 'done'; rows: number; fileName: string }
  | { kind: 'empty' }
  | { kind: 'failed'; error: Failure };

async function buildCsv(accountId: string, list: ExportList, separator: CsvSeparator) {
  const writer = (list === 'exchanges' ? exchangesCsvWriter(separator) : payoutsCsvWriter(separator)) as CsvWriter<unknown>;
  const rows = await eachRow(accountId, list, (row) => writer.add(row));
  return { rows, text: writer.text() };
}

export async function exportHistory(account: Account, list: ExportList, separator: CsvSeparator, now = new Date()): Promise<ExportOutcome> {
  const answer = await send('exportHistory', { accountId: account.id, list });
  if (!answer.ok) return { kind: 'failed', error: answer.error };
  const { rows, text } = await buildCsv(account.id, list, separator);
  if (rows === 0) return { kind: 'empty' };
  const fileName = csvFileName(account.origin, list, now);
  downloadText(fileName, text);
  return { kind: 'done', rows, fileName };
}
