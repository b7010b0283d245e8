import { afterEach, describe, expect, it } from 'vitest';
import {
  SPLIT_ROWS, answerJob, buildCsvFile, sharesFor, threadAtClick, type CsvPartJob, type CsvThread, type WorkerAnswer,
} from '../../../../entrypoints/popup/export/csv-parts';
import { csvThread, startedEarly } from '../../../../entrypoints/popup/export/csv-thread';
import { exchangesCsv } from '../../../../entrypoints/popup/export/csv';
import { setLocale } from '../../../../utils/i18n';
import { commitRows, rowShares } from '../../../../utils/storage/history';
import type { ExchangeRecord } from '../../../../utils/model';
import { storedExchanges } from '../../../history';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 12);
const exchange = (id: number): ExchangeRecord => ({
  id, orderId: String(5_000_000 + id), amount: (id % 997) / 7, currency: id % 3 ? 'RUB' : 'USDT TRC20', status: 'referral',
  createdText: '', firstSeenAt: NOW, live: false, createdAt: NOW - (SPLIT_ROWS + 500 - id) * 600_000, createdPrecision: id % 2 ? 'exact' : 'day',
});

/**
 * A Worker run in this thread: it answers each job with the worker's own code (answerJob, lines as
 * a Blob as ./csv-worker.ts sends them), or fails the way a real one can.
 */
class InThreadWorker {
  onmessage: ((event: { data: WorkerAnswer }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  jobs = 0;
  terminated = false;
  constructor(private readonly behaviour: 'works' | 'failsJobs' | 'neverStarts' | 'silent' = 'works') {
    if (behaviour === 'neverStarts') setTimeout(() => this.onerror?.({ preventDefault() {} }), 0);
  }
  postMessage(job: CsvPartJob) {
    this.jobs += 1;
    if (this.behaviour === 'neverStarts' || this.behaviour === 'silent') return;
    setTimeout(async () => {
      const answer = this.behaviour === 'failsJobs' ? { ok: false as const } : await answerJob(job);
      this.onmessage?.({ data: answer.ok ? { ok: true, part: { ...answer.part, lines: new Blob([answer.part.lines]) } } : answer });
    }, 0);
  }
  terminate() { this.terminated = true; }
}

const job = (over: Partial<CsvPartJob> = {}) =>
  ({ accountId: 'a', list: 'exchanges', separator: ',', period: 'all', now: NOW, locale: 'en', ...over }) as Omit<CsvPartJob, 'share'>;
/** The file as saved (its BOM kept: Blob.text() would drop it). */
const fileText = async (file: { data: (string | Blob)[] }) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Blob(file.data).arrayBuffer());
const seed = (count: number) => commitRows('a', Array.from({ length: count }, (_, i) => exchange(i + 1)), { put: [], remove: [] });
const sharesOf = async () => (await rowShares('a', 'exchanges', sharesFor)).shares;
const threadOf = (worker: InThreadWorker, timeoutMs?: number) => csvThread(worker as unknown as Worker, timeoutMs);

afterEach(() => setLocale(null));

describe('a large CSV built on two threads', () => {
  it('uses a worker only from SPLIT_ROWS rows, in shares of about 10 000', () => {
    expect(sharesFor(SPLIT_ROWS - 1)).toBe(1);
    expect(sharesFor(SPLIT_ROWS)).toBe(2);
    expect(sharesFor(100_000)).toBe(10);
  });

  it('starts the worker at the click only for a history large enough for shares, or not fully loaded yet', () => {
    expect(threadAtClick(SPLIT_ROWS - 1)).toBe(false);
    expect(threadAtClick(0)).toBe(false);
    expect(threadAtClick(SPLIT_ROWS)).toBe(true);
    expect(threadAtClick(null)).toBe(true);
  });

  it('the file is the same, row for row, whichever thread built each share (and in the Russian UI)', async () => {
    await seed(SPLIT_ROWS + 500);
    setLocale('ru');
    const expected = exchangesCsv(await storedExchanges('a'), ';');
    const workers: InThreadWorker[] = [];
    const file = await buildCsvFile(job({ separator: ';', locale: 'ru' }), await sharesOf(), () => {
      workers.push(new InThreadWorker());
      return threadOf(workers.at(-1)!);
    });
    expect(file.shares).toBe(3);
    expect(file.byWorker).toBeGreaterThan(0);
    expect(file.rows).toBe(SPLIT_ROWS + 500);
    expect(await fileText(file)).toBe(expected);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('a worker that fails to load before its first share, fails a share or stops answering changes nothing: its share is built here', async () => {
    await seed(SPLIT_ROWS + 500);
    const expected = exchangesCsv(await storedExchanges('a'), ',');
    for (const behaviour of ['neverStarts', 'failsJobs', 'silent'] as const) {
      const worker = new InThreadWorker(behaviour);
      // Started at the click, as the popup does: a load error may come before any share is sent.
      const early = startedEarly(() => threadOf(worker, behaviour === 'silent' ? 50 : undefined));
      const shares = await sharesOf();
      const file = await buildCsvFile(job(), shares, early.take);
      expect(await fileText(file)).toBe(expected);
      expect(file.byWorker).toBe(0);
      expect(worker.jobs).toBeLessThanOrEqual(1); // no second share for a worker that failed one
      expect(worker.terminated).toBe(true);
    }
  });

  it('keeps only the period asked for, on both threads', async () => {
    await seed(SPLIT_ROWS + 500);
    const all = await storedExchanges('a');
    const file = await buildCsvFile(job({ period: 'thisMonth' }), await sharesOf(), () => threadOf(new InThreadWorker()));
    const monthStart = new Date(new Date(NOW).getFullYear(), new Date(NOW).getMonth(), 1).getTime();
    const kept = all.filter((row) => row.createdAt! + (row.createdPrecision === 'day' ? DAY / 2 : 0) >= monthStart);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
    expect(file.rows).toBe(kept.length);
    expect(await fileText(file)).toBe(exchangesCsv(kept, ','));
  });

  it('a worker writes in the language the popup sends it, not its own', async () => {
    await seed(10);
    setLocale('en');
    const answer = await answerJob({ ...job({ locale: 'ru' }), share: 'all' });
    expect(answer.ok && answer.part.lines).toContain('≈ день');
    expect(answer.ok && answer.part.rows).toBe(10);
  });

  it('a small file is one share, built here with no worker', async () => {
    await seed(300);
    expect(await rowShares('a', 'exchanges', sharesFor)).toEqual({ rows: 300, shares: ['all'] });
    const file = await buildCsvFile(job(), await sharesOf(), () => { throw new Error('no worker for 300 rows'); });
    expect(file).toMatchObject({ rows: 300, shares: 1, byWorker: 0 });
    expect(await fileText(file)).toBe(exchangesCsv(await storedExchanges('a'), ','));
  });
});

describe('startedEarly', () => {
  it('hands over the thread started at the click, and ends it only if it was never taken', () => {
    const started: { ended: boolean }[] = [];
    const start = (): CsvThread => {
      const thread = { ended: false, run: () => Promise.reject(new Error('unused')), end() { thread.ended = true; } };
      started.push(thread);
      return thread;
    };
    const unused = startedEarly(start);
    unused.drop();
    expect(started[0]!.ended).toBe(true);
    const used = startedEarly(start);
    expect(used.take()).toBe(started[1]);
    used.drop();
    expect(started[1]!.ended).toBe(false);
    expect(used.take()).toBe(started[2]); // taken again: a new one
  });
});
