/** CSV downloads in Firefox: the shared scenario (real downloads that match the site row for row). */
import { describe, it } from 'vitest';
import { useFirefox } from './harness';
import { CSV_MOCK, LARGE_CSV_MOCK, csvMatchesSite, largeCsvOnTwoThreads } from '../shared/scenarios';

const start = useFirefox();

describe('CSV export (Firefox)', () => {
  it('exchanges and payouts: every row matches the site, Cyrillic intact', async () => {
    await csvMatchesSite(await start({ mock: CSV_MOCK }));
  });

  it('25 000 rows: every one once, newest first, a share of them built by a Worker', async () => {
    await largeCsvOnTwoThreads(await start({ mock: LARGE_CSV_MOCK }));
  });
});
