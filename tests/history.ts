/** Reading and seeding the IndexedDB history store in tests (utils/storage/history.ts); reads answer newest first. */
import { eachRow, putRows, type StoredPayout } from '../utils/storage/history';
import type { ExchangeRecord, PayoutRecord } from '../utils/model';

export async function storedExchanges(accountId: string): Promise<ExchangeRecord[]> {
  const rows: ExchangeRecord[] = [];
  await eachRow(accountId, 'exchanges', (row) => rows.push(row));
  return rows.reverse();
}

export async function storedPayouts(accountId: string): Promise<PayoutRecord[]> {
  const rows: PayoutRecord[] = [];
  await eachRow(accountId, 'payouts', ({ accountId: _, missing: __, ...row }: StoredPayout) => rows.push(row));
  return rows.reverse();
}

export const seedExchanges = (accountId: string, rows: ExchangeRecord[]) => putRows('exchanges', rows.map((row) => ({ ...row, accountId })));
export const seedPayouts = (accountId: string, rows: PayoutRecord[]) => putRows('payouts', rows.map((row) => ({ ...row, accountId, missing: 0 })));
