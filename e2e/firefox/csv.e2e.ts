/** CSV downloads in Firefox: the shared scenario (real downloads that match the site row for row). */
import { describe, it } from 'vitest';
import { useFirefox } from './harness';
import { CSV_MOCK, csvMatchesSite } from '../shared/scenarios';

const start = useFirefox();

describe('CSV export (Firefox)', () => {
  it('exchanges and payouts: every row matches the site, Cyrillic intact', async () => {
    await csvMatchesSite(await start({ mock: CSV_MOCK }));
  });
});
