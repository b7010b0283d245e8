/**
 * CSV downloads from the popup: real browser downloads, parsed back with papaparse and compared
 * row by row with the mock's own data (count, dates, amounts, order ids, Cyrillic, BOM), in the
 * English UI (`,`) and the Russian one (`;`, its default). The history spans
 * several API pages, so the export has to walk them all. The scenario is shared with Firefox.
 */
import { describe, it } from 'vitest';
import { useHarness } from './harness';
import { chromiumDriver } from './shared/chromium';
import { CSV_MOCK, LARGE_CSV_MOCK, csvMatchesSite, largeCsvOnTwoThreads } from './shared/scenarios';

const start = useHarness();

describe('CSV export', () => {
  it('exchanges and payouts: every row matches the site, Cyrillic intact', async () => {
    await csvMatchesSite(chromiumDriver(await start({ mock: CSV_MOCK })));
  });

  it('in the Russian UI: Russian headers, ";" by default with decimal commas', async () => {
    await csvMatchesSite(chromiumDriver(await start({ mock: CSV_MOCK, lang: 'ru' })));
  });

  it('25 000 rows: every one once, newest first, a share of them built by a Worker', async () => {
    await largeCsvOnTwoThreads(chromiumDriver(await start({ mock: LARGE_CSV_MOCK })));
  });
});
