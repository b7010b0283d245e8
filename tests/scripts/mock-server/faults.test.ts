/** The mock's fault table, option parsing and queue, without HTTP (mock-server-faults.test.ts has the wire). */
import { describe, expect, it } from 'vitest';
import { parseFault } from '../../../scripts/mock-server/fault-params';
import { FAULT_MODES, FaultQueue, appliesTo, type Fault } from '../../../scripts/mock-server/faults';

const parsed = (body: object): Fault => {
  const result = parseFault(body);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('mock fault modes', () => {
  it('fills each mode\'s options with their defaults, and only those', () => {
    expect(parsed({ mode: 'hugeBody' })).toEqual({ mode: 'hugeBody', remaining: 1, path: null, retryAfter: null, bytes: 209_715_200, contentLength: false });
    expect(parsed({ mode: 'gzipHugeBody', bytes: 10 })).toMatchObject({ bytes: 10 });
    expect(parsed({ mode: 'drip' })).toMatchObject({ delayMs: 2000 });
    expect(parsed({ mode: 'slow', delayMs: 0 })).toMatchObject({ delayMs: 0 });
    expect(parsed({ mode: '429huge' }).retryAfter).toBe(99_999_999_999);
    expect(parsed({ mode: '429' }).retryAfter).toBeNull();
    expect(parsed({ mode: 'hugeId' }).id).toBe('9007199254740991');
    expect(parsed({ mode: 'hugeId', id: 42 }).id).toBe('42');
    expect(parsed({ mode: 'redirect', to: 'HTTPS://Other.Example:443/some/path?q' }).to).toBe('https://other.example');
    expect(parsed({ mode: '500', bytes: 5 })).toEqual({ mode: '500', remaining: 1, path: null, retryAfter: null });
  });

  it('restricts list modes to their routes; body modes need a known route', () => {
    expect(appliesTo('endless', 'summary')).toBe(false);
    expect(appliesTo('endless', 'withdrawals')).toBe(true);
    expect(appliesTo('emptyPayouts', 'exchanges')).toBe(false);
    expect(appliesTo('hugeBody', 'summary')).toBe(true);
    expect(appliesTo('hugeBody', null)).toBe(false);
    expect(appliesTo('html200', null)).toBe(true);
    expect(FAULT_MODES.filter((mode) => !appliesTo(mode, 'summary')).sort()).toEqual(['emptyPayouts', 'endless', 'foreignNext', 'giantPage', 'hugeId']);
  });

  it('the queue skips a fault a route cannot take and serves the next one', () => {
    const queue = new FaultQueue();
    queue.add(parsed({ mode: 'emptyPayouts' }));
    queue.add(parsed({ mode: '500', count: 2 }));
    expect(queue.take('/api/v2/account/partner', 'summary')?.mode).toBe('500');
    expect(queue.take('/api/v2/account/partner/withdrawal', 'withdrawals')?.mode).toBe('emptyPayouts');
    expect(queue.take('/api/v2/account/partner/withdrawal', 'withdrawals')?.mode).toBe('500');
    expect(queue.take('/api/v2/account/partner', 'summary')).toBeNull();
  });
});
