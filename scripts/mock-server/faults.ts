/**
 * Injected failures for the next N API requests (optionally only those whose
 * path contains a substring). Replacing modes answer instead of the app
 * (throttle, crash, proxy pages, lost key); badJson and drift corrupt a
 * successful answer; hang never answers. Each mode is a table row.
 */
import { MAINTENANCE_503, NGINX_502 } from './pages';
import { apiJson, html, type Reply } from './respond';

export const FAULT_MODES = ['429', '500', '502html', '503html', 'hang', 'badJson', 'drift', '401'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];
export type RouteName = 'summary' | 'exchanges' | 'withdrawals';

export interface Fault {
  mode: FaultMode;
  remaining: number;
  path: string | null;
  retryAfter: number | null;
}

const nginx = { Server: 'nginx' };

/** Modes that answer instead of the app. */
export const REPLACING: Partial<Record<FaultMode, (fault: Fault, now: number) => Reply>> = {
  '429': (fault, now) => {
    const wait = fault.retryAfter ?? 60;
    return apiJson(429, { message: 'Too Many Attempts.' }, {
      'Retry-After': String(wait),
      'X-RateLimit-Limit': '60',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': String(Math.ceil(now / 1000) + wait),
    });
  },
  '500': () => apiJson(500, { message: 'Server Error' }),
  '502html': () => ({ ...html(502, NGINX_502, nginx), contentType: 'text/html' }),
  '503html': (fault) =>
    html(503, MAINTENANCE_503, fault.retryAfter === null ? nginx : { ...nginx, 'Retry-After': String(fault.retryAfter) }),
  '401': () => apiJson(401, { message: 'Unauthenticated.' }),
};

type Json = Record<string, unknown>;
const attributesOf = (item: unknown): Json => ((item as Json).attributes ?? {}) as Json;

/** What a changed server might drop: the balance, an exchange's amount, a payout's amount. */
const DRIFT: Record<RouteName, (body: Json) => void> = {
  summary: (body) => {
    delete attributesOf(body).balance;
  },
  exchanges: (body) => {
    for (const item of body.data as unknown[]) delete attributesOf(item).amount;
  },
  withdrawals: (body) => {
    for (const item of body.data as unknown[]) delete attributesOf(item).charged_amount;
  },
};

/** Corrupts a 200 body for badJson / drift; other modes and statuses pass through. */
export function corrupt(mode: FaultMode, route: RouteName, body: Json, encode: (v: unknown) => string): string | null {
  if (mode === 'drift') {
    const copy = structuredClone(body);
    DRIFT[route](copy);
    return encode(copy);
  }
  if (mode === 'badJson') {
    const text = encode(body);
    return text.slice(0, Math.max(1, Math.floor(text.length * 0.6)));
  }
  return null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const isWhole = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min;

/** Validates a POST /__mock/faults body. */
export function parseFault(input: unknown): Parsed<Fault> {
  const body = (input ?? {}) as Json;
  const mode = String(body.mode) as FaultMode;
  if (!FAULT_MODES.includes(mode)) return { ok: false, message: `mode must be one of ${FAULT_MODES.join(', ')}` };
  const count = body.count ?? 1;
  if (!isWhole(count, 1)) return { ok: false, message: 'count must be a whole number ≥ 1' };
  const retryAfter = body.retryAfter ?? null;
  if (retryAfter !== null && !isWhole(retryAfter, 0)) return { ok: false, message: 'retryAfter must be whole seconds ≥ 0' };
  const path = body.path ?? null;
  if (path !== null && (typeof path !== 'string' || path === '')) return { ok: false, message: 'path must be a non-empty string' };
  return { ok: true, value: { mode, remaining: count, path, retryAfter } };
}

/** Pending faults, first queued first served. */
export class FaultQueue {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Consumes one use of the first fault matching this request path. */
  take(path: string): Fault | null {
    const fault = this.faults.find((f) => f.remaining > 0 && (f.path === null || path.includes(f.path)));
    if (!fault) return null;
    fault.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return { ...fault };
  }

  pending(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): number {
    const cleared = this.faults.length;
    this.faults = [];
    return cleared;
  }
}
