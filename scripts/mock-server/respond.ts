/**
 * Writing responses. API bodies are encoded like PHP's json_encode defaults
 * (what Laravel sends): non-ASCII as \uXXXX and "/" as "\/", so clients are
 * tested against the real byte format. Control bodies are plain JSON.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export interface Reply {
  status: number;
  body: string;
  contentType: string;
  headers?: Record<string, string>;
}

export const NOT_FOUND = { code: -1, message: 'Not Found' } as const;

/** Escaped runs of non-ASCII text; the same few words ("назад", "Сбербанк") recur on every page. */
const escapedRuns = new Map<string, string>();

function escapeRun(run: string): string {
  let escaped = escapedRuns.get(run);
  if (escaped === undefined) {
    escaped = '';
    for (let i = 0; i < run.length; i++) escaped += `\\u${run.charCodeAt(i).toString(16).padStart(4, '0')}`;
    if (escapedRuns.size < 10_000) escapedRuns.set(run, escaped);
  }
  return escaped;
}

/** json_encode($value) with PHP's default flags. */
export function phpJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]+/g, escapeRun).replace(/\//g, '\\/');
}

export function apiJson(status: number, value: unknown, headers?: Record<string, string>): Reply {
  return { status, body: phpJson(value), contentType: 'application/json', headers };
}

export function controlJson(status: number, value: unknown): Reply {
  return { status, body: JSON.stringify(value), contentType: 'application/json' };
}

export function html(status: number, body: string, headers?: Record<string, string>): Reply {
  return { status, body, contentType: 'text/html; charset=UTF-8', headers };
}

/** Every response gets its id before anything else can go wrong (a hanging one keeps it unsent). */
export function stampRequestId(res: ServerResponse): string {
  const id = randomUUID();
  res.setHeader('X-Request-ID', id);
  return id;
}

export function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(reply.status, {
    'Content-Type': reply.contentType,
    'Content-Length': Buffer.byteLength(reply.body),
    'Cache-Control': 'no-cache, private',
    ...reply.headers,
  });
  res.end(reply.body);
}
