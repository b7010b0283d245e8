/**
 * readBodyCapped over real HTTP with Node's fetch: the mock's hugeBody and
 * gzipHugeBody modes, normal bodies, and small local servers for what the
 * mock cannot show (a declared length whose body never comes, a body that
 * never ends, a character split across chunks).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBodyCapped } from '../../../../entrypoints/background/api/body';
import { MOCK_KEYS, V2, closeAll, ctl, get, start, type MockServer } from '../../../scripts/mock-server/http-helpers';

const CAP = 4_000_000;
const MIB = 1024 * 1024;

let mock: MockServer;
beforeAll(async () => {
  mock = await start();
});
afterEach(() => ctl(mock, 'POST', 'reset'));

const locals: Server[] = [];
afterAll(async () => {
  for (const server of locals.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await closeAll();
});

/** A one-route server of our own; returns its URL. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  locals.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const fetchMock = (path: string) => fetch(mock.url + path, { headers: { Authorization: `Bearer ${MOCK_KEYS.full}`, Accept: 'application/json' } });
const fault = (body: object) => ctl(mock, 'POST', 'faults', body);
const tooLarge = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(BodyTooLargeError);
  return error as BodyTooLargeError;
};

describe('readBodyCapped', () => {
  it('reads a normal answer exactly as text() does', async () => {
    const expected = (await get(mock, V2.withdrawals)).text;
    expect(await readBodyCapped(await fetchMock(V2.withdrawals), CAP)).toBe(expected);
    expect(JSON.parse(await readBodyCapped(await fetchMock(V2.summary), CAP))).toMatchObject({ type: 'referral' });
  });

  it('accepts a body of exactly the cap and refuses one byte more', async () => {
    const length = Buffer.byteLength((await get(mock, V2.summary)).text) - 2 + 1000; // "Gz" → 1000 × "A"
    await fault({ mode: 'hugeBody', bytes: 1000 });
    expect(JSON.parse(await readBodyCapped(await fetchMock(V2.summary), length)).attributes.referral_hash).toBe('A'.repeat(1000));
    await fault({ mode: 'hugeBody', bytes: 1000 });
    const error = await tooLarge(readBodyCapped(await fetchMock(V2.summary), length - 1));
    expect([error.maxBytes, error.declaredBytes, error.message]).toEqual([length - 1, null, `the response body is larger than ${length - 1} bytes`]);
  });

  it('stops a streamed 200 MiB body at the cap, keeping no more than the cap', async () => {
    await fault({ mode: 'hugeBody' });
    const response = await fetchMock(V2.summary);
    expect(response.headers.get('content-length')).toBeNull(); // only counting can catch it
    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const before = used();
    const error = await tooLarge(readBodyCapped(response, CAP));
    expect(error.maxBytes).toBe(CAP);
    expect(used() - before).toBeLessThan(64 * MIB);
  });

  it('counts the decompressed bytes of a gzip body, not the few on the wire', async () => {
    await fault({ mode: 'gzipHugeBody' });
    const huge = await fetchMock(V2.summary);
    expect(huge.headers.get('content-encoding')).toBe('gzip');
    expect((await tooLarge(readBodyCapped(huge, CAP))).declaredBytes).toBeNull();
    // 2 MiB inflated from ~2 KiB: under a 4 MB cap it is read whole, under a 1 MiB cap it is refused.
    await fault({ mode: 'gzipHugeBody', bytes: 2 * MIB, count: 2 });
    expect(JSON.parse(await readBodyCapped(await fetchMock(V2.summary), CAP)).attributes.referral_hash).toHaveLength(2 * MIB);
    await tooLarge(readBodyCapped(await fetchMock(V2.summary), MIB));
  });

  it('refuses a Content-Length above the cap without reading the body', async () => {
    await fault({ mode: 'hugeBody', contentLength: true });
    const declared = await tooLarge(readBodyCapped(await fetchMock(V2.summary), CAP));
    expect(declared.declaredBytes).toBeGreaterThan(200 * MIB);
    // This server sends its headers and 10 bytes, then nothing: reading the body would wait forever.
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '5000000' });
      res.write('{"data":[ ');
    });
    const response = await fetch(url);
    const outcome = await Promise.race([
      readBodyCapped(response, CAP).then(() => 'read', (e: unknown) => e),
      new Promise((resolve) => setTimeout(() => resolve('still reading'), 2000)),
    ]);
    expect(outcome).toBeInstanceOf(BodyTooLargeError);
    expect(outcome).toMatchObject({ maxBytes: CAP, declaredBytes: 5_000_000, message: 'the response declares 5000000 bytes, more than 4000000' });
  });

  it('cancels a body that never ends: the server sees the connection go', async () => {
    let closed!: () => void;
    const gone = new Promise<void>((resolve) => (closed = resolve));
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const timer = setInterval(() => res.write(chunk), 5);
      res.on('close', () => {
        clearInterval(timer);
        closed();
      });
    });
    await tooLarge(readBodyCapped(await fetch(url), MIB));
    const outcome = await Promise.race([gone.then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('still sending'), 2000))]);
    expect(outcome).toBe('closed');
  });

  it('decodes UTF-8 split across chunks, drops a BOM, and reads an empty body as ""', async () => {
    const text = 'Сбербанк RUB ₽ 😀';
    const bytes = Buffer.from(`\uFEFF${text}`);
    const url = await serve((req, res) => {
      if (req.url === '/empty') return res.writeHead(204).end();
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.write(bytes.subarray(0, 4)); // the BOM and half of "С"
      setTimeout(() => res.end(bytes.subarray(4)), 20);
    });
    expect(await readBodyCapped(await fetch(url), CAP)).toBe(text);
    expect(await readBodyCapped(await fetch(`${url}empty`), CAP)).toBe('');
    expect(await readBodyCapped(new Response('{}'), 2)).toBe('{}');
    await tooLarge(readBodyCapped(new Response('{}'), 1));
  });

  it('rejects a cap that is not a whole number of bytes', async () => {
    for (const cap of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(readBodyCapped(new Response('{}'), cap)).rejects.toThrow(RangeError);
    }
  });
});
