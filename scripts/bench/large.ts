/**
 * A history of 100 000 exchanges stored (issue 13): the account is connected to a mock of that size
 * and its whole history walked in (as an export does), alone in the profile. Then, with the same
 * methods as the 10 000 figures: a steady sync with 5 new, the popup's time to balance, the worker's
 * wake (alarm → badge with one arrival), a click → CSV download of every row, and the worker's heap
 * sampled during syncs with arrivals.
 */
import { HISTORY_DB } from '../../utils/storage/history';
import type { CsvDownloadFigure } from './csv-download';
import { measureCsvDownload } from './csv-download';
import { measurePopupPaint, type PaintResult } from './popup-paint';
import type { Session } from './session';
import { loaded, steadyAt100k, type SyncFigure } from './sync-cost';
import { measureWake, type WakeFigure } from './wake';
import { measureWorkerHeap, type HeapFigure } from './worker-heap';
import { summarize, type Summary } from './stats';

export const LARGE = 100_000;
const SETTLE_MS = 15_000;

export interface LargeResult {
  rows: number;
  /** Seconds to load the history in (first sync, then the export's walk); not a goal, for scale. */
  loadSeconds: number;
  sync: SyncFigure[];
  paint: PaintResult;
  wake: WakeFigure;
  heap: HeapFigure;
  csvDownload: CsvDownloadFigure;
  /** Reading every stored row back from IndexedDB, nothing else (readFloor). */
  readAll: Summary;
}

/**
 * IndexedDB's own cost of reading the stored history back: every block of exchanges of the account
 * read from the extension's database by an extension page, 20 blocks a call, nothing built from
 * them. The floor under a CSV of every row.
 */
async function readFloor(session: Session, accountId: string, runs: number): Promise<Summary> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A string, not a function: tsx would wrap nested functions in a helper the page does not have.
    times.push(await session.control.evaluate(`(async () => {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(${JSON.stringify(HISTORY_DB)});
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const started = performance.now();
      let after = -Infinity;
      let count = 0;
      for (;;) {
        const range = IDBKeyRange.bound([${JSON.stringify(accountId)}, after], [${JSON.stringify(accountId)}, Infinity], true, false);
        const batch = await new Promise((resolve, reject) => {
          const request = db.transaction('exchangeBlocks').objectStore('exchangeBlocks').getAll(range, 20);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        for (const block of batch) count += block.columns.id.length;
        if (batch.length < 20) break;
        after = batch[batch.length - 1].block;
      }
      const ms = performance.now() - started;
      db.close();
      if (count < ${LARGE}) throw new Error('read ' + count + ' rows');
      return ms;
    })()`) as number);
  }
  return summarize(times);
}

export interface LargeRuns { steady: number; paint: number; wake: number; heap: number; download: number }

export async function measureLarge(
  session: Session, runs: LargeRuns, at1k: SyncFigure | null, log: (text: string) => void,
): Promise<LargeResult> {
  const mock = await session.startMock({ exchanges: LARGE });
  const started = Date.now();
  const accountId = await loaded(session, mock);
  const loadSeconds = (Date.now() - started) / 1000;
  // Right after 100 000 inserts the database is still settling its files (LevelDB compaction, on
  // disk and CPU); a user's profile is measured at rest: a pause, then two untimed syncs.
  log(`100 000 stored in ${loadSeconds.toFixed(0)} s; settling ${SETTLE_MS / 1000} s…`);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  for (let i = 0; i < 2; i++) await session.send({ type: 'refresh', accountId });
  log('100 000 stored: steady sync…');
  const sync = await steadyAt100k(session, mock, accountId, runs.steady, at1k);
  log('100 000 stored: worker heap during syncs…');
  const heap = await measureWorkerHeap(session, mock, accountId, 5, runs.heap);
  log('100 000 stored: popup time to balance…');
  const paint = await measurePopupPaint(session, runs.paint);
  log('100 000 stored: service worker wake…');
  const wake = await measureWake(session, mock, runs.wake);
  log('100 000 stored: CSV download…');
  const csvDownload = await measureCsvDownload(session, LARGE, runs.download);
  const readAll = await readFloor(session, accountId, Math.max(3, runs.download));
  await session.send({ type: 'removeAccount', accountId });
  return { rows: LARGE, loadSeconds, sync, paint, wake, heap, csvDownload, readAll };
}
