/**
 * startMockServer(): a contract-true partner API on plain node:http (no
 * framework: three GET routes and a control API do not need one). Routing
 * order follows Laravel: proxy-level faults, then route match (404), method
 * (405), token (401/403), then the page. Fault modes act at the stages their
 * table row names (faults.ts); the control API is described in control.ts; the API it
 * imitates in docs/api/CONTRACT.md.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MOCK_LAYOUTS, PARTNER_ABILITY, answerRoute, methodNotAllowed, routeOf, type Layout } from './api';
import { authorize, bearerToken, findKey } from './auth';
import { handleControl, type ControlContext } from './control';
import { changeBody } from './fault-bodies';
import { REPLACING } from './fault-replies';
import { deliver, drip, type Answer } from './fault-streams';
import { FaultQueue, type Fault, type RouteName } from './faults';
import { RequestLog } from './log';
import { NOT_FOUND, apiJson, controlJson, send, stampRequestId } from './respond';
import { MockStore } from './store';
import type { MockLocale } from './texts';

export { MOCK_KEYS } from './keys';
export { MOCK_LAYOUTS, type Layout } from './api';

export interface MockOptions {
  port?: number; // 0 (default) = a free port
  host?: string; // default '127.0.0.1'
  layout?: Layout; // default 'v2'; the other layout answers 404 {"code":-1,"message":"Not Found"}
  locale?: MockLocale; // created_at texts; default 'ru'
  exchanges?: number; // seeded referral exchanges, default 5; scales to 10 000+
  withdrawals?: number; // seeded payouts, default 45, mixed paid/unpaid
  seed?: number; // deterministic data, default 1
  extraKeys?: boolean; // newer-install extra keys (program, stats, meta.summary, meta.filters); default false
  liveEveryMs?: number; // if set, add one new referral exchange every N ms (for the demo)
  quiet?: boolean; // no per-request log lines; default true under vitest, false elsewhere
  clock?: () => number; // epoch ms source (default Date.now); tests pin it to compare texts exactly
}

export interface MockServer {
  url: string; // origin, e.g. 'http://127.0.0.1:43123' (no trailing slash)
  port: number;
  close(): Promise<void>; // closes all sockets, hanging requests included
}

const MAX_CONTROL_BODY = 1_000_000;

function checkOptions(o: MockOptions): void {
  const problems = [
    o.layout !== undefined && !(o.layout in MOCK_LAYOUTS) && `layout must be v2 or v3private, not ${o.layout}`,
    o.locale !== undefined && o.locale !== 'ru' && o.locale !== 'en' && `locale must be ru or en, not ${o.locale}`,
    o.exchanges !== undefined && !(Number.isInteger(o.exchanges) && o.exchanges >= 0) && 'exchanges must be a whole number ≥ 0',
    o.withdrawals !== undefined && !(Number.isInteger(o.withdrawals) && o.withdrawals >= 0) && 'withdrawals must be a whole number ≥ 0',
    o.seed !== undefined && !Number.isFinite(o.seed) && 'seed must be a number',
    o.liveEveryMs !== undefined && !(o.liveEveryMs > 0) && 'liveEveryMs must be > 0',
  ].filter(Boolean);
  if (problems.length > 0) throw new TypeError(`startMockServer: ${problems.join('; ')}`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_CONTROL_BODY) reject(new RangeError('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const originOf = (host: string, port: number) => {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
};

export async function startMockServer(options: MockOptions = {}): Promise<MockServer> {
  checkOptions(options);
  const layout = options.layout ?? 'v2';
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? Date.now;
  const quiet = options.quiet ?? Boolean(process.env.VITEST);
  const seedOptions = {
    seed: options.seed ?? 1,
    exchanges: options.exchanges ?? 5,
    withdrawals: options.withdrawals ?? 45,
    startedAt: clock(),
  };
  const store = new MockStore(seedOptions, clock);
  let port = options.port ?? 0; // the real one once listening
  const faults = new FaultQueue();
  const log = new RequestLog();
  const control: ControlContext = {
    store,
    faults,
    log,
    view: () => ({ locale: options.locale ?? 'ru', extraKeys: options.extraKeys ?? false, now: clock() }),
    reset: () => {
      store.reset();
      faults.clear();
      log.clear();
    },
  };

  /** The API's answer to one request, with a proxy- or body-stage fault applied (others are the caller's). */
  function answerApi(req: IncomingMessage, url: URL, route: RouteName | null, fault: Fault | null): Answer {
    const replace = fault && REPLACING[fault.mode];
    if (fault && replace) return replace(fault, clock(), url);
    if (!route) return apiJson(404, NOT_FOUND);
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return apiJson(405, methodNotAllowed(method, url.pathname), { Allow: 'GET, HEAD' });
    const auth = authorize(req.headers.authorization, PARTNER_ABILITY);
    if (!auth.ok) return apiJson(auth.status, auth.body);
    const origin = `http://${req.headers.host ?? originOf(host, port).slice('http://'.length)}`;
    const ctx = { layout, store, view: control.view(), origin, query: url.searchParams };
    const body = answerRoute(route, ctx);
    return (fault && changeBody({ fault, route, body, ctx })) ?? apiJson(200, body);
  }

  /** Connection- and delivery-stage faults act here; the rest is answerApi's. */
  function respondApi(req: IncomingMessage, res: ServerResponse, url: URL, startedMs: number): void {
    const route = routeOf(layout, url.pathname);
    const fault = faults.take(url.pathname, route);
    const delayMs = fault?.delayMs ?? 0;
    switch (fault?.mode) {
      case 'hang':
        return printLine(req, url, 'hanging (fault)', startedMs);
      case 'refused':
        printLine(req, url, 'socket closed (fault)', startedMs);
        req.socket.destroy();
        return;
      case 'slow':
        setTimeout(() => deliver(res, answerApi(req, url, route, null)), delayMs);
        return;
      case 'drip':
        return drip(res, answerApi(req, url, route, null), delayMs);
      default:
        return deliver(res, answerApi(req, url, route, fault));
    }
  }

  function printLine(req: IncomingMessage, url: URL, status: number | string, startedMs: number): void {
    if (quiet) return;
    const token = bearerToken(req.headers.authorization);
    const who = token === null ? 'no key' : `key ${findKey(token)?.name ?? 'unknown'}`; // never the key itself
    const ms = (performance.now() - startedMs).toFixed(1);
    console.log(`${new Date().toISOString().slice(11, 19)} ${req.method} ${url.pathname}${url.search} → ${status} ${ms} ms (${who})`);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    stampRequestId(res);
    const startedMs = performance.now();
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    if (url.pathname === '/__mock' || url.pathname.startsWith('/__mock/')) {
      readBody(req).then(
        (raw) => send(res, handleControl(control, req.method ?? 'GET', url.pathname, raw)),
        (error: unknown) =>
          send(res, error instanceof RangeError ? controlJson(413, { message: 'body too large' }) : controlJson(400, { message: 'could not read the body' })),
      );
      return;
    }
    const entry = log.record(req, url, clock());
    res.on('finish', () => {
      entry.status = res.statusCode;
      printLine(req, url, res.statusCode, startedMs);
    });
    respondApi(req, res, url, startedMs);
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error('mock server bug:', error);
      send(res, apiJson(500, { message: 'Server Error' }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  const live = options.liveEveryMs ? setInterval(() => store.addExchange(), options.liveEveryMs) : null;
  live?.unref();

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      if (live) clearInterval(live);
      server.close(() => resolve());
      server.closeAllConnections(); // keep-alive and hanging sockets too, or node lingers
    });
    return closing;
  };
  return { url: originOf(host, port), port, close };
}
