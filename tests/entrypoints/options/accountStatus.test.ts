import { describe, expect, it } from 'vitest';
import { syncStatus } from '../../../entrypoints/options/accountStatus';
import { emptyCache, type AccountCache } from '../../../utils/model';

const NOW = 1_700_000_000_000;
const cache = (patch: Partial<AccountCache>): AccountCache => ({ ...emptyCache(), ...patch });

describe('syncStatus (one line per account on the options page)', () => {
  it('waiting for the first update, then how long ago it updated', () => {
    expect(syncStatus(null, NOW)).toEqual({ text: 'Waiting for the first update', failed: false });
    expect(syncStatus(cache({ lastSuccessAt: NOW - 120_000 }), NOW)).toEqual({ text: 'Updated 2 minutes ago', failed: false });
  });

  it('a last attempt that failed says why, and still how old the data is', () => {
    const failed = cache({ lastSuccessAt: NOW - 120_000, lastError: { kind: 'unauthorized', status: 401, requestId: null, at: NOW } });
    expect(syncStatus(failed, NOW)).toEqual({ text: 'The site did not accept this API key. Updated 2 minutes ago.', failed: true });
    const never = cache({ lastError: { kind: 'network', status: null, requestId: null, at: NOW } });
    expect(syncStatus(never, NOW)).toEqual({ text: 'The site does not answer.', failed: true });
  });

  it('an error older than the last success is history', () => {
    const recovered = cache({ lastSuccessAt: NOW, lastError: { kind: 'server', status: 500, requestId: null, at: NOW - 1 } });
    expect(syncStatus(recovered, NOW).failed).toBe(false);
  });
});
