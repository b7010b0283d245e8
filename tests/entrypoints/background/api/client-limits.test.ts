/** The client's body cap (issue 14): every body, 2xx or not, is read with readBodyCapped. */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../../entrypoints/background/api/client';
import { api, failureOf, json, KEY, page, SUMMARY } from './fakes';

const stream = (chunks: string[], cancelled: { value: boolean }) =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(new TextEncoder().encode(next));
    },
    cancel() {
      cancelled.value = true;
    },
  });

describe('body cap', () => {
  it('is 4 MB', () => {
    expect(MAX_BODY_BYTES).toBe(4 * 1024 * 1024);
  });

  it('accepts a body exactly at the cap', async () => {
    const body = JSON.stringify(SUMMARY);
    const { api: client } = api(() => json(SUMMARY), { maxBodyBytes: body.length });
    expect((await client.getSummary()).balance).toBe(1190.36);
  });

  it('refuses a streamed 2xx body over the cap as badResponse (body.test.ts proves it stops reading)', async () => {
    const body = JSON.stringify(SUMMARY);
    const cancelled = { value: false };
    const chunks = [body.slice(0, 10), body.slice(10), ' '.repeat(1000)];
    const { api: client } = api(
      () => new Response(stream(chunks, cancelled), { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'r1' } }),
      { maxBodyBytes: body.length },
    );
    const failure = await failureOf(client.getSummary());
    expect(failure).toMatchObject({ kind: 'badResponse', detail: `body larger than ${body.length} bytes`, limit: 'body', status: 200, requestId: 'r1' });
  });

  it('refuses a larger Content-Length before reading, naming only the sizes', async () => {
    const cancelled = { value: false };
    const chunks = ['{"type":"x"}'];
    const { api: client } = api(
      () => new Response(stream(chunks, cancelled), { status: 200, headers: { 'content-length': '209715200' } }),
      { maxBodyBytes: 1000 },
    );
    const failure = await failureOf(client.getSummary());
    expect(failure).toMatchObject({ kind: 'badResponse', detail: 'Content-Length 209715200 over 1000 bytes', limit: 'body' });
  });

  it('caps error bodies too: a huge 403 is badResponse, not forbidden', async () => {
    const huge = JSON.stringify({ message: 'x'.repeat(5000), missing_ability: 'partner' });
    const { api: client } = api(() => json(JSON.parse(huge) as unknown, 403), { maxBodyBytes: 1000 });
    const failure = await failureOf(client.getSummary());
    expect(failure).toMatchObject({ kind: 'badResponse', status: 403 });
    expect(JSON.stringify(failure.error)).not.toContain(KEY);
  });
});

describe('rows per page', () => {
  it('refuses a page with more rows than per_page asked', async () => {
    const ids = Array.from({ length: 21 }, (_, i) => 100 - i);
    const { api: client } = api(() => json(page(ids), 200, { 'x-request-id': 'g1' }));
    expect(await failureOf(client.getExchangesPage(1, 20))).toMatchObject({
      kind: 'badResponse', detail: 'data: expected at most 20 rows', limit: 'rows', status: 200, requestId: 'g1',
    });
    expect((await client.getExchangesPage(1, 21)).data).toHaveLength(21);
  });
});
