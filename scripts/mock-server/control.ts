/**
 * The /__mock/ control API that tests, the demo and the benchmark use to
 * change the mock's state (never called by the extension):
 *   POST   /__mock/exchanges        {count?=1, amount?, ageMs?=0} → { added: [items] }
 *          (ageMs: made that long before now, so the list says "3 hours ago"; add older rows first:
 *          ids stay in the order of dates only if you do)
 *   POST   /__mock/payouts          {amount?, name?}      → { added: item }
 *   POST   /__mock/payouts/:id/pay                        → { payout: item }
 *   POST   /__mock/partner          {percent?, referrals?} → { summary } (the partner percent,
 *          0–100, and the referral count, a whole number ≥ 0, until reset)
 *   POST   /__mock/faults           {mode, count?=1, path?, ...options} → { queued, pending }
 *   GET    /__mock/faults · DELETE /__mock/faults         → { pending } · { cleared }
 * A fault acts on the next `count` API requests whose path contains `path`
 * (and whose route its mode applies to). Modes and their options (all optional):
 *   connection: hang · refused (socket closed without a byte; a truly refused
 *               port is a closed one) · slow {delayMs=2000}
 *   proxy:      401 · 403 (missing_ability partner) · 404 ({"code":-1}) ·
 *               429 {retryAfter=60} · 429huge {retryAfter=99999999999} · 500 ·
 *               502html · 503html {retryAfter?} · html200 (captive portal) ·
 *               redirect {to="http://elsewhere.invalid"} (302 to that origin)
 *   body:       badJson (truncated) · drift · wrongType {contentType="text/plain; charset=UTF-8"} ·
 *               hugeBody {bytes=209715200, contentLength=false} · gzipHugeBody {bytes} ·
 *               giantPage {rows=10000} · endless · hugeId {id="9007199254740991"} ·
 *               emptyPayouts · foreignNext {to="http://elsewhere.invalid"}
 *   delivery:   drip {delayMs=2000} (headers at once, the body over delayMs)
 *   (giantPage, endless, hugeId, foreignNext: the two lists only; emptyPayouts: the payouts list only)
 * faults.ts's FAULT_TABLE says what each mode does.
 *   GET    /__mock/requests · DELETE /__mock/requests     → [entries] · { cleared }
 *   GET    /__mock/state                                  → { summary, exchanges, withdrawals }
 *   POST   /__mock/reset                                  → { reset: true }
 * Errors are 400/404/422 { message } in plain JSON.
 */
import type { FaultQueue } from './faults';
import { parseFault } from './fault-params';
import type { RequestLog } from './log';
import { NOT_FOUND, controlJson, type Reply } from './respond';
import type { MockStore } from './store';
import { exchangeItem, payoutItem, summaryBody, type ViewOptions } from './views';

export interface ControlContext {
  store: MockStore;
  faults: FaultQueue;
  log: RequestLog;
  view(): ViewOptions;
  reset(): void;
}

type Json = Record<string, unknown>;
type Handler = (ctx: ControlContext, body: Json, params: string[]) => Reply;

const bad = (message: string, status = 400) => controlJson(status, { message });

/** Rubles given as a number or a decimal string → kopecks, or null when not a positive amount. */
export function toCents(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  const cents = Math.round(Number(text) * 100);
  return cents >= 1 && Number.isSafeInteger(cents) ? cents : null;
}

const ROUTES: [method: string, path: RegExp, handler: Handler][] = [
  ['POST', /^\/__mock\/exchanges$/, (ctx, body) => {
    const count = body.count ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 100_000) {
      return bad('count must be a whole number from 1 to 100000');
    }
    const cents = body.amount === undefined ? undefined : toCents(body.amount);
    if (cents === null) return bad('amount must be a positive number of rubles with at most 2 decimals');
    const ageMs = body.ageMs ?? 0;
    if (typeof ageMs !== 'number' || !Number.isFinite(ageMs) || ageMs < 0) return bad('ageMs must be a number of milliseconds ≥ 0');
    const view = ctx.view();
    const added = Array.from({ length: count }, () => ctx.store.addExchange(cents, ageMs));
    return controlJson(201, { added: added.reverse().map((row) => exchangeItem(row, view)) });
  }],
  ['POST', /^\/__mock\/payouts$/, (ctx, body) => {
    const cents = body.amount === undefined ? undefined : toCents(body.amount);
    if (cents === null) return bad('amount must be a decimal string like "1190.36"');
    if (body.name !== undefined && (typeof body.name !== 'string' || body.name.trim() === '')) return bad('name must be a non-empty string');
    const result = ctx.store.addPayout(cents, body.name as string | undefined);
    if (!result.ok) return bad(result.message, 422);
    return controlJson(201, { added: payoutItem(result.value, ctx.view()) });
  }],
  ['POST', /^\/__mock\/payouts\/(\d+)\/pay$/, (ctx, _body, [id]) => {
    const payout = ctx.store.pay(Number(id));
    return payout ? controlJson(200, { payout: payoutItem(payout, ctx.view()) }) : bad(`no payout with id ${id}`, 404);
  }],
  ['POST', /^\/__mock\/partner$/, (ctx, body) => {
    const { percent, referrals } = body;
    if (percent === undefined && referrals === undefined) return bad('give percent and/or referrals');
    if (percent !== undefined && (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100)) {
      return bad('percent must be a number from 0 to 100');
    }
    if (referrals !== undefined && (typeof referrals !== 'number' || !Number.isSafeInteger(referrals) || referrals < 0)) {
      return bad('referrals must be a whole number ≥ 0');
    }
    ctx.store.setTerms({ percent: percent as number | undefined, referrals: referrals as number | undefined });
    return controlJson(200, { summary: summaryBody(ctx.store, ctx.view()) });
  }],
  ['POST', /^\/__mock\/faults$/, (ctx, body) => {
    const fault = parseFault(body);
    if (!fault.ok) return bad(fault.message);
    ctx.faults.add(fault.value);
    return controlJson(201, { queued: fault.value, pending: ctx.faults.pending() });
  }],
  ['GET', /^\/__mock\/faults$/, (ctx) => controlJson(200, { pending: ctx.faults.pending() })],
  ['DELETE', /^\/__mock\/faults$/, (ctx) => controlJson(200, { cleared: ctx.faults.clear() })],
  ['GET', /^\/__mock\/requests$/, (ctx) => controlJson(200, ctx.log.list())],
  ['DELETE', /^\/__mock\/requests$/, (ctx) => controlJson(200, { cleared: ctx.log.clear() })],
  ['GET', /^\/__mock\/state$/, (ctx) => {
    const view = ctx.view();
    const { store } = ctx;
    return controlJson(200, {
      summary: summaryBody(store, view),
      exchanges: store.exchangesNewestFirst(0, store.exchangeCount()).map((row) => exchangeItem(row, view)),
      withdrawals: store.payoutsNewestFirst().map((row) => payoutItem(row, view)),
    });
  }],
  ['POST', /^\/__mock\/reset$/, (ctx) => {
    ctx.reset();
    return controlJson(200, { reset: true });
  }],
];

/** Answers one control request; `rawBody` is the request body text. */
export function handleControl(ctx: ControlContext, method: string, pathname: string, rawBody: string): Reply {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const matching = ROUTES.filter(([, pattern]) => pattern.test(path));
  if (matching.length === 0) return controlJson(404, NOT_FOUND);
  const route = matching.find(([m]) => m === method);
  if (!route) return bad(`${method} is not supported here; use ${matching.map(([m]) => m).join(' or ')}`, 405);
  let body: Json = {};
  if (rawBody.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(rawBody);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return bad('the body must be a JSON object');
      body = parsed as Json;
    } catch {
      return bad('the body is not valid JSON');
    }
  }
  const [, pattern, handler] = route;
  return handler(ctx, body, pattern.exec(path)?.slice(1) ?? []);
}
