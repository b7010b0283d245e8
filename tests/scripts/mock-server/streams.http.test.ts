/**
 * The mock's fault modes whose bytes are the point, over real HTTP: huge
 * bodies (plain and gzip, counted on the wire without keeping them), giant
 * and endless pages, and the drip.
 */
import { request } from 'node:http';
import { createGunzip } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_KEYS, V2, closeAll, ctl, get, start, type MockServer } from './http-helpers';

afterAll(closeAll);

const MIB = 1024 * 1024;

interface Counted {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  wireBytes: number; // as sent, before any decoding
  bodyBytes: number; // after gunzip when gzip-encoded
  head: string; // the first and last 300 bytes of the (decoded) body
  tail: string;
  peakHeapGrowth: number;
}

/** GETs with node:http (no automatic decompression) and counts the bytes without keeping them. */
function countGet(server: MockServer, path: string): Promise<Counted> {
  return new Promise((resolve, reject) => {
    const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
    const baseHeap = used();
    const req = request(server.url + path, { headers: { Authorization: `Bearer ${MOCK_KEYS.full}`, Accept: 'application/json' } }, (res) => {
      const out: Counted = { status: res.statusCode ?? 0, headers: res.headers, wireBytes: 0, bodyBytes: 0, head: '', tail: '', peakHeapGrowth: 0 };
      res.on('data', (chunk: Buffer) => {
        out.wireBytes += chunk.length;
      });
      const decoded = res.headers['content-encoding'] === 'gzip' ? res.pipe(createGunzip()) : res;
      decoded.on('data', (chunk: Buffer) => {
        if (out.head.length < 300) out.head += chunk.subarray(0, 300 - out.head.length).toString('latin1');
        out.tail = (out.tail + chunk.subarray(-300).toString('latin1')).slice(-300);
        out.bodyBytes += chunk.length;
        out.peakHeapGrowth = Math.max(out.peakHeapGrowth, used() - baseHeap);
      });
      decoded.on('end', () => resolve(out));
      decoded.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('v2 mock: huge, endless and slow bodies', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await start();
  });
  afterEach(() => ctl(mock, 'POST', 'reset'));
  const fault = (body: object) => ctl(mock, 'POST', 'faults', body);

  it('hugeBody streams a 200 MiB referral_hash, chunked, never held in memory', async () => {
    await fault({ mode: 'hugeBody' });
    const r = await countGet(mock, V2.summary);
    expect([r.status, r.headers['content-length'], r.headers['transfer-encoding']]).toEqual([200, undefined, 'chunked']);
    expect(r.head).toMatch(/^\{"type":"referral","attributes":\{"percent_referral":0\.5,"count_referral":\d+,"iso_code":"rub","referral_hash":"AAAA/);
    expect(r.tail).toMatch(/AAAA","balance":[\d.]+,"totals":\{"balance":[\d.]+,"withdrawal":[\d.]+\}\}\}$/);
    const frame = r.head.indexOf('"referral_hash":"') + 17 + (r.tail.length - r.tail.indexOf('",'));
    expect(r.bodyBytes).toBe(200 * MIB + frame);
    expect(r.peakHeapGrowth).toBeLessThan(100 * MIB); // a 200 MiB string would show here (the server runs in this process)
  });

  it('hugeBody with contentLength declares its true length; on a list it fills a row\'s date text', async () => {
    await fault({ mode: 'hugeBody', bytes: 5000, contentLength: true });
    const small = await get(mock, V2.summary);
    expect(small.json.attributes.referral_hash).toBe('A'.repeat(5000));
    expect(small.headers.get('content-length')).toBe(String(Buffer.byteLength(small.text)));
    await fault({ mode: 'hugeBody', bytes: 3000, path: 'exchanges' });
    const list = await get(mock, V2.exchanges);
    expect(list.json.data[0].attributes.created_at).toBe('A'.repeat(3000));
    expect(list.json.data).toHaveLength(5);
  });

  it('gzipHugeBody is small on the wire and 200 MiB once decompressed', async () => {
    await fault({ mode: 'gzipHugeBody' });
    const r = await countGet(mock, V2.summary);
    expect([r.status, r.headers['content-encoding'], r.headers['content-length']]).toEqual([200, 'gzip', undefined]);
    expect(r.wireBytes).toBeLessThan(400 * 1024);
    expect(r.bodyBytes).toBeGreaterThan(200 * MIB);
    expect(r.bodyBytes).toBeLessThan(200 * MIB + 400);
    expect(r.tail).toMatch(/AAAA","balance":/);
    // Node's fetch decompresses it like a browser would: the same JSON, referral_hash 200 MiB.
    await fault({ mode: 'gzipHugeBody', bytes: 10 * MIB });
    const fetched = await get(mock, V2.summary);
    expect(fetched.json.attributes.referral_hash.length).toBe(10 * MIB);
  });

  it('giantPage answers far more rows than per_page asked, on the lists only', async () => {
    await fault({ mode: 'giantPage', count: 2, path: 'exchanges' });
    expect((await get(mock, V2.summary)).json.type).toBe('referral'); // not a list: the fault waits
    const page = await get(mock, `${V2.exchanges}?per_page=5`);
    expect(page.json.data).toHaveLength(10_000);
    expect(page.json.meta).toMatchObject({ per_page: 5, from: 1, to: 10_000, current_page: 1 });
    expect(new Set(page.json.data.map((e: any) => e.id)).size).toBe(10_000);
    await fault({ mode: 'giantPage', rows: 250, path: 'withdrawal' });
    const payouts = await get(mock, `${V2.withdrawals}?per_page=5`);
    expect(payouts.json.data).toHaveLength(250);
    expect(payouts.json.data[0].attributes.charged_amount).toMatchObject({ currency: 'RUB', name: 'СБП RUB' });
    expect((await get(mock, `${V2.exchanges}?per_page=5`)).json.data).toHaveLength(10_000); // count 2: the second use
    expect((await get(mock, `${V2.exchanges}?per_page=5`)).json.data).toHaveLength(5);
  });

  it('endless keeps every page full, with a next link and ids never seen before', async () => {
    await fault({ mode: 'endless', count: 40 });
    const seen = new Set<number>();
    for (let n = 1; n <= 40; n++) {
      const { json } = await get(mock, `${V2.exchanges}?page=${n}&per_page=100`);
      expect(json.data).toHaveLength(100);
      expect(json.links.next).toBe(`${mock.url}${V2.exchanges}?page=${n + 1}`);
      expect(json.meta).toMatchObject({ current_page: n, per_page: 100, from: (n - 1) * 100 + 1, to: n * 100 });
      for (const row of json.data) {
        expect(seen.has(row.id)).toBe(false);
        seen.add(row.id);
      }
    }
    expect(seen.size).toBe(4000); // the store has 5 exchanges
    const after = await get(mock, `${V2.exchanges}?page=41&per_page=100`);
    expect([after.json.data, after.json.links.next]).toEqual([[], null]);
  });

  it('drip sends the headers at once and the body over delayMs, in pieces', async () => {
    const normal = await get(mock, V2.withdrawals);
    await fault({ mode: 'drip', delayMs: 600 });
    const started = performance.now();
    const response = await fetch(mock.url + V2.withdrawals, { headers: { Authorization: `Bearer ${MOCK_KEYS.full}` } });
    const headersAt = performance.now() - started;
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    const bodyAt = performance.now() - started;
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(normal.text)));
    expect(headersAt).toBeLessThan(300);
    expect(bodyAt).toBeGreaterThanOrEqual(595);
    expect(chunks.length).toBeGreaterThan(5);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(normal.text);
  });
});
