/**
 * Proxy-stage fault modes (FAULT_TABLE): answers given instead of the app's,
 * before routing and the key check, as a proxy, a CDN, a captive portal or a
 * changed server would give them.
 */
import { PARTNER_ABILITY } from './api';
import type { Fault, FaultMode } from './faults';
import { CAPTIVE_PORTAL, MAINTENANCE_503, NGINX_502 } from './pages';
import { NOT_FOUND, apiJson, html, type Reply } from './respond';

const nginx = { Server: 'nginx' };

function throttled(wait: number, now: number): Reply {
  return apiJson(429, { message: 'Too Many Attempts.' }, {
    'Retry-After': String(wait),
    'X-RateLimit-Limit': '60',
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': String(Math.ceil(now / 1000) + wait),
  });
}

/** `url` is the request's URL (path and query as asked). */
export const REPLACING: Partial<Record<FaultMode, (fault: Fault, now: number, url: URL) => Reply>> = {
  '401': () => apiJson(401, { message: 'Unauthenticated.' }),
  '403': () => apiJson(403, { status: 1, message: 'You do not have access to this route', missing_ability: PARTNER_ABILITY }),
  '404': () => apiJson(404, NOT_FOUND),
  '429': (fault, now) => throttled(fault.retryAfter ?? 60, now),
  '429huge': (fault, now) => throttled(fault.retryAfter ?? 99_999_999_999, now),
  '500': () => apiJson(500, { message: 'Server Error' }),
  '502html': () => ({ ...html(502, NGINX_502, nginx), contentType: 'text/html' }),
  '503html': (fault) =>
    html(503, MAINTENANCE_503, fault.retryAfter === null ? nginx : { ...nginx, 'Retry-After': String(fault.retryAfter) }),
  html200: () => html(200, CAPTIVE_PORTAL, nginx),
  redirect: (fault, _now, url) => ({
    ...html(302, `<html><body>Redirecting to <a href="${fault.to}${url.pathname}">another site</a></body></html>`, nginx),
    headers: { ...nginx, Location: `${fault.to}${url.pathname}${url.search}` },
  }),
};
