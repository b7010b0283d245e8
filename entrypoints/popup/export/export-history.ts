/**
 * One CSV download: ask the background to finish syncing the whole list, then
 * read the full history from storage (only now: it can hold 10 000 rows),
 * build the file and save it. Answers what the popup should say.
 */
import { exchangesItem, payoutsItem } from '../../../utils/storage/items';
import { csvFileName, exchangesCsv, payoutsCsv, type CsvSeparator } from './csv';
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
  if (list === 'exchanges') {
    const rows = await exchangesItem(accountId).get();
    return { rows: rows.length, text: exchangesCsv(rows, separator) };
  }
  const rows = await payoutsItem(accountId).get();
  return { rows: rows.length, text: payoutsCsv(rows, separator) };
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
