/**
 * One CSV download: ask the background to finish syncing the whole list, then
 * read the full history from storage (only now: it can hold 10 000 rows),
 * build the file and save it. Answers what the popup should say.
 */
import { send } from '../../utils/protocol/client';
import { exchangesItem, withdrawalsItem } from '../../utils/storage';
import { csvFileName, exchangesCsv, payoutsCsv, type CsvSeparator } from '../../utils/csv';
import { downloadText } from '../../utils/download';
import type { Account } from '../../utils/model';
import type { Failure } from '../../utils/protocol/schema';

export type ExportList = 'exchanges' | 'withdrawals';

export type ExportOutcome =
  | { kind: 'done'; rows: number; fileName: string }
  | { kind: 'empty' }
  | { kind: 'failed'; error: Failure | 'noAnswer' };

async function buildCsv(accountId: string, list: ExportList, separator: CsvSeparator) {
  if (list === 'exchanges') {
    const rows = await exchangesItem(accountId).getValue();
    return { rows: rows.length, text: exchangesCsv(rows, separator) };
  }
  const rows = await withdrawalsItem(accountId).getValue();
  return { rows: rows.length, text: payoutsCsv(rows, separator) };
}

export async function exportHistory(account: Account, list: ExportList, separator: CsvSeparator, now = new Date()): Promise<ExportOutcome> {
  let answer;
  try {
    answer = await send({ type: 'exportCsv', accountId: account.id, list });
  } catch {
    return { kind: 'failed', error: 'noAnswer' };
  }
  if (!answer) return { kind: 'failed', error: 'noAnswer' };
  if (!answer.ok) return { kind: 'failed', error: answer.error };
  const { rows, text } = await buildCsv(account.id, list, separator);
  if (rows === 0) return { kind: 'empty' };
  const fileName = csvFileName(account.origin, list === 'exchanges' ? 'exchanges' : 'payouts', now);
  downloadText(fileName, text);
  return { kind: 'done', rows, fileName };
}
