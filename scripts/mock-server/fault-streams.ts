/**
 * Answers whose bytes travel unusually: huge bodies streamed chunk by chunk
 * (never built in memory: one 1 MiB chunk is written again and again), the
 * same gzip-compressed on the fly, and bodies dripped over a delay.
 */
import type { ServerResponse } from 'node:http';
import { Readable, pipeline, type Writable } from 'node:stream';
import { constants, createGzip } from 'node:zlib';
import type { Fault, RouteName } from './faults';
import { phpJson, send, type Reply } from './respond';

/** An answer whose body is written by `stream` once the headers are out. */
export interface StreamReply {
  status: number;
  contentType: string;
  headers?: Record<string, string>;
  stream(res: ServerResponse): void;
}

export type Answer = Reply | StreamReply;

export const isStream = (answer: Answer): answer is StreamReply => 'stream' in answer;

const CHUNK = Buffer.alloc(1024 * 1024, 'A');
const MARKER = '__MOCK_HUGE_FILLER__';

type Json = Record<string, unknown>;

/** Puts the marker in one string field the client reads: the referral hash, a row's date text, else an extra key. */
function markField(route: RouteName, body: Json): void {
  const data = body.data as Json[] | undefined;
  if (route === 'summary') (body.attributes as Json).referral_hash = MARKER;
  else if (data && data.length > 0) ((data[0] as Json).attributes as Json).created_at = MARKER;
  else body.padding = MARKER;
}

/** prefix, `bytes` filler bytes (inside the JSON string), suffix. */
async function* hugeJson(prefix: string, bytes: number, suffix: string): AsyncGenerator<Buffer> {
  yield Buffer.from(prefix);
  for (let left = bytes; left > 0; left -= CHUNK.length) yield left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
  yield Buffer.from(suffix);
}

/** The 200 body with one string field `fault.bytes` long; gzip: compressed on the fly (Content-Encoding: gzip). */
export function hugeBodyReply(route: RouteName, body: Json, fault: Fault, gzip: boolean): StreamReply {
  markField(route, body);
  const [prefix = '', suffix = ''] = phpJson(body).split(MARKER);
  const bytes = fault.bytes ?? 200 * 1024 * 1024;
  const headers: Record<string, string> = {};
  if (gzip) headers['Content-Encoding'] = 'gzip';
  else if (fault.contentLength) headers['Content-Length'] = String(Buffer.byteLength(prefix) + bytes + Buffer.byteLength(suffix));
  return {
    status: 200,
    contentType: 'application/json',
    headers,
    stream: (res) => {
      const source = Readable.from(hugeJson(prefix, bytes, suffix));
      const done = () => undefined; // a client that stops reading is expected here
      if (gzip) pipeline(source, createGzip({ level: constants.Z_BEST_COMPRESSION }), res as Writable, done);
      else pipeline(source, res as Writable, done);
    },
  };
}

/** Sends any answer (a plain reply with its Content-Length, a stream chunked unless it set a length). */
export function deliver(res: ServerResponse, answer: Answer): void {
  if (!isStream(answer)) return send(res, answer);
  if (res.headersSent || res.destroyed) return;
  res.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Cache-Control': 'no-cache, private', ...answer.headers });
  answer.stream(res);
}

const DRIP_STEPS = 50;

/** Headers at once, then the body in up to 50 pieces, the last one no sooner than `delayMs` after the headers. */
export function drip(res: ServerResponse, answer: Answer, delayMs: number): void {
  if (isStream(answer)) return deliver(res, answer); // huge streams are slow enough on their own
  if (res.headersSent || res.destroyed) return;
  const bytes = Buffer.from(answer.body);
  res.writeHead(answer.status, {
    'Content-Type': answer.contentType,
    'Content-Length': bytes.length,
    'Cache-Control': 'no-cache, private',
    ...answer.headers,
  });
  res.flushHeaders();
  const steps = Math.max(1, Math.min(bytes.length, DRIP_STEPS));
  const started = performance.now();
  let step = 0;
  const tick = () => {
    if (res.destroyed) return;
    const due = started + (delayMs * (step + 1)) / steps;
    const wait = due - performance.now();
    if (wait > 0) {
      setTimeout(tick, Math.ceil(wait));
      return;
    }
    step += 1;
    const chunk = bytes.subarray(Math.floor((bytes.length * (step - 1)) / steps), Math.floor((bytes.length * step) / steps));
    if (step < steps) {
      res.write(chunk);
      tick();
    } else res.end(chunk);
  };
  tick();
}
