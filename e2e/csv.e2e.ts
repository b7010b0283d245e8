/**
 * CSV downloads from the popup: real browser downloads, parsed back with papaparse and compared
 * row by row with the mock's own data (count, dates, amounts, order ids, Cyrillic, BOM), in the
 * English UI (`,`) and the Russian one (`;`, its default). The history spans
 * several API pages, so the export has to walk them all. The scenario is shared with Firefox.
 */
import { describe, expect, it } from 'vitest';
import { useHarness, type Harness } from './harness';
import { chromiumDriver } from './shared/chromium';
import { CSV_MOCK, LARGE_CSV_MOCK, csvMatchesSite, largeCsvOnTwoThreads } from './shared/scenarios';

const start = useHarness();

/** The CSV Workers the extension's pages start from now on (their script names). */
function csvWorkers(h: Harness): string[] {
  const started: string[] = [];
  h.browser.context.on('page', (page) => page.on('worker', (worker) => {
    if (worker.url().includes('csv-worker')) started.push(worker.url());
  }));
  return started;
}

describe('CSV export', () => {
  it('exchanges and payouts: every row matches the site, Cyrillic intact (a small history starts no Worker)', async () => {
    const h = await start({ mock: CSV_MOCK });
    const workers = csvWorkers(h);
    await csvMatchesSite(chromiumDriver(h));
    expect(workers).toEqual([]);
  });

  it('in the Russian UI: Russian headers, ";" by default with decimal commas', async () => {
    await csvMatchesSite(chromiumDriver(await start({ mock: CSV_MOCK, lang: 'ru' })));
  });

  it('25 000 rows: every one once, newest first, a share of them built by a Worker', async () => {
    const h = await start({ mock: LARGE_CSV_MOCK });
    const workers = csvWorkers(h);
    await largeCsvOnTwoThreads(chromiumDriver(h));
    expect(workers).toHaveLength(1);
  });
});
