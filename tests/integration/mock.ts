/** Helpers for integration tests against the real mock server (scripts/mock-server). */
import { MOCK_KEYS, startMockServer, type MockOptions, type MockServer } from '../../scripts/mock-server/server';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { accountsItem } from '../../utils/storage/items';
import { runSyncs } from '../../entrypoints/background/sync/run';
import type { Account, Layout } from '../../utils/model';

export { MOCK_KEYS, startMockServer, type MockServer };

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  status: number;
}

export async function control<T = unknown>(server: MockServer, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(server.url + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`mock control ${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const requests = (server: MockServer) => control<LoggedRequest[]>(server, 'GET', '/__mock/requests');
export const clearRequests = (server: MockServer) => control(server, 'DELETE', '/__mock/requests');
export const addExchanges = (server: MockServer, count: number, amount?: number) =>
  control<{ added: { id: number }[] }>(server, 'POST', '/__mock/exchanges', { count, amount });
export const fault = (server: MockServer, body: { mode: string; count?: number; retryAfter?: number; path?: string }) =>
  control(server, 'POST', '/__mock/faults', body);

/** Requests to one list's path (…/exchanges, …/withdrawal|payouts) or the summary. */
export function byKind(log: LoggedRequest[]) {
  const kind = (path: string) => (/exchanges$/.test(path) ? 'exchanges' : /(withdrawal|payouts)$/.test(path) ? 'withdrawals' : 'summary');
  return {
    summary: log.filter((r) => kind(r.path) === 'summary'),
    exchanges: log.filter((r) => kind(r.path) === 'exchanges'),
    withdrawals: log.filter((r) => kind(r.path) === 'withdrawals'),
  };
}

export async function withMock(options: MockOptions = {}): Promise<MockServer> {
  return startMockServer({ port: 0, quiet: true, ...options });
}

export function mockAccount(server: MockServer, patch: Partial<Account> = {}): Account {
  return { id: 'acc', origin: server.url, layout: 'v2' as Layout, key: MOCK_KEYS.full, label: 'mock.example', addedAt: 1, ...patch };
}

/** Store an account directly (as a restored profile would have it). */
export async function storeAccount(server: MockServer, patch: Partial<Account> = {}): Promise<Account> {
  const account = mockAccount(server, patch);
  await accountsItem.set([...(await accountsItem.get()).filter((a) => a.id !== account.id), account]);
  return account;
}

/**
 * One mock server for a test file: started before all tests, reset to its seeded state before each,
 * closed after all. The returned handle reads through to the running server.
 */
export function useMockServer(options: MockOptions = {}): MockServer {
  let started: MockServer | undefined;
  const running = () => started ?? (() => { throw new Error('mock server not started yet'); })();
  const handle: MockServer = {
    get url() { return running().url; },
    get port() { return running().port; },
    close: () => running().close(),
  };
  beforeAll(async () => { started = await withMock(options); });
  afterAll(async () => { await started?.close(); });
  beforeEach(async () => { await control(handle, 'POST', '/__mock/reset'); });
  return handle;
}

/** An account that has had its first sync; the request log starts empty after it. */
export async function syncedAccount(server: MockServer, patch: Partial<Account> = {}): Promise<Account> {
  const account = await storeAccount(server, patch);
  await runSyncs();
  await clearRequests(server);
  return account;
}
