/** Shared helpers of the mock server's own integration tests: raw HTTP against a real mock. */
import { MOCK_KEYS, startMockServer, type MockOptions, type MockServer } from '../../../scripts/mock-server/server';

export { MOCK_KEYS, startMockServer, type MockServer };

export const V2 = { summary: '/api/v2/account/partner', exchanges: '/api/v2/account/partner/exchanges', withdrawals: '/api/v2/account/partner/withdrawal' };
export const V3 = { summary: '/api/v3/private/account/partner', exchanges: '/api/v3/private/account/partner/exchanges', withdrawals: '/api/v3/private/account/partner/payouts' };
export const NOT_FOUND = { code: -1, message: 'Not Found' };
export const HEX_ID = /^[0-9a-f-]{16,}$/i;
export const round2 = (n: number) => Math.round(n * 100) / 100;
export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export async function get(server: MockServer, path: string, key: string | null = MOCK_KEYS.full, init: RequestInit = {}) {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  const response = await fetch(server.url + path, { headers, ...init });
  const text = await response.text();
  let json: any = null;
  try { json = JSON.parse(text); } catch { /* HTML or truncated bodies stay text */ }
  return { status: response.status, headers: response.headers, text, json };
}

export async function ctl(server: MockServer, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/__mock/${path}`, {
    method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any };
}

/** Starts a quiet mock; the test file closes them all with afterAll(closeAll). */
const servers: MockServer[] = [];
export async function start(options: MockOptions = {}): Promise<MockServer> {
  const server = await startMockServer({ quiet: true, ...options });
  servers.push(server);
  return server;
}
export const closeAll = () => Promise.all(servers.splice(0).map((s) => s.close()));

