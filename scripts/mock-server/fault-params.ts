/**
 * Validates a POST /__mock/faults body: {mode, count?=1, path?, retryAfter?}
 * plus the options of its mode (see FAULT_TABLE), each with its default.
 */
import { FAULT_MODES, type Fault, type FaultMode } from './faults';

type Json = Record<string, unknown>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MIB = 1024 * 1024;
const isWhole = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

/** One option: its name, default, and a check that returns the value or an error text. */
interface Option<K extends keyof Fault> {
  key: K;
  fallback: Fault[K];
  check(value: unknown): { value: Fault[K] } | string;
}

const whole = <K extends 'bytes' | 'delayMs' | 'rows'>(key: K, fallback: number, min: number, max: number, unit: string): Option<K> => ({
  key,
  fallback: fallback as Fault[K],
  check: (v) => (isWhole(v, min, max) ? { value: v as Fault[K] } : `${key} must be a whole number of ${unit} from ${min} to ${max}`),
});

const origin = (fallback: string): Option<'to'> => ({
  key: 'to',
  fallback,
  check: (v) => {
    try {
      const url = new URL(String(v));
      if ((url.protocol === 'http:' || url.protocol === 'https:') && typeof v === 'string') return { value: url.origin };
    } catch { /* falls through */ }
    return 'to must be an http(s) origin such as "http://127.0.0.1:9999"';
  },
});

const bytes = whole('bytes', 200 * MIB, 1, 4096 * MIB, 'bytes');
const delayMs = whole('delayMs', 2000, 0, 600_000, 'milliseconds');
const contentLength: Option<'contentLength'> = {
  key: 'contentLength',
  fallback: false,
  check: (v) => (typeof v === 'boolean' ? { value: v } : 'contentLength must be true or false'),
};

const OPTIONS: Partial<Record<FaultMode, Option<keyof Fault>[]>> = {
  slow: [delayMs],
  drip: [delayMs],
  hugeBody: [bytes, contentLength],
  gzipHugeBody: [bytes],
  giantPage: [whole('rows', 10_000, 1, 1_000_000, 'rows')],
  redirect: [origin('http://elsewhere.invalid')],
  foreignNext: [origin('http://elsewhere.invalid')],
  wrongType: [{
    key: 'contentType',
    fallback: 'text/plain; charset=UTF-8',
    check: (v) => (typeof v === 'string' && /^[\x21-\x7e][\x20-\x7e]{0,200}$/.test(v) ? { value: v } : 'contentType must be a printable header value'),
  }],
  hugeId: [{
    key: 'id',
    fallback: String(Number.MAX_SAFE_INTEGER),
    check: (v) => {
      const text = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : v;
      return typeof text === 'string' && /^[1-9]\d{0,39}$/.test(text) ? { value: text } : 'id must be a positive whole number (a digit string for any size)';
    },
  }],
};

export function parseFault(input: unknown): Parsed<Fault> {
  const body = (input ?? {}) as Json;
  const mode = String(body.mode) as FaultMode;
  if (!FAULT_MODES.includes(mode)) return { ok: false, message: `mode must be one of ${FAULT_MODES.join(', ')}` };
  const count = body.count ?? 1;
  if (!isWhole(count, 1)) return { ok: false, message: 'count must be a whole number ≥ 1' };
  const retryAfter = body.retryAfter ?? (mode === '429huge' ? 99_999_999_999 : null);
  if (retryAfter !== null && !isWhole(retryAfter, 0)) return { ok: false, message: 'retryAfter must be whole seconds ≥ 0' };
  const path = body.path ?? null;
  if (path !== null && (typeof path !== 'string' || path === '')) return { ok: false, message: 'path must be a non-empty string' };
  const fault: Fault = { mode, remaining: count, path, retryAfter };
  for (const option of OPTIONS[mode] ?? []) {
    const raw = body[option.key];
    if (raw === undefined) {
      (fault as unknown as Json)[option.key] = option.fallback;
      continue;
    }
    const checked = option.check(raw);
    if (typeof checked === 'string') return { ok: false, message: checked };
    (fault as unknown as Json)[option.key] = checked.value;
  }
  return { ok: true, value: fault };
}
