/**
 * One bench session: Chromium with the e2e build (scripts/chromium.ts launches it), mock partner
 * APIs on free ports, and a control tab (blank.html) from which messages go to the background
 * exactly as the popup sends them. close() ends everything, so `npm run bench` exits by itself.
 */
import type { Page } from 'playwright-core';
import type { Browser } from '@wxt-dev/browser';
import { launchWithExtension, type ExtensionBrowser } from '../chromium';
import { startMockServer, type MockOptions, type MockServer } from '../mock-server/server';
import { MOCK_KEYS } from '../mock-server/keys';

/** `chrome` inside page.evaluate callbacks (they run in the extension, not in node). */
declare const chrome: typeof Browser;

export interface MockRequest { method: string; path: string; query: Record<string, string>; status: number; at: number }

export interface Mock {
  server: MockServer;
  control<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T>;
  requests(): Promise<MockRequest[]>;
}

export interface Session {
  browser: ExtensionBrowser;
  /** The control tab: an extension page that stays open for the whole session. */
  control: Page;
  /** chrome.runtime.sendMessage from the control tab; resolves with the background's answer. */
  send<T = unknown>(message: unknown): Promise<T>;
  /** chrome.storage.local.get(key) from the control tab. */
  stored<T = unknown>(key: string): Promise<T | undefined>;
  /** Connect an account to `mock` (saveAccount) and wait for its first sync (refresh joins it). */
  connect(mock: Mock): Promise<string>;
  startMock(options: MockOptions): Promise<Mock>;
  close(): Promise<void>;
}

async function mockOf(server: MockServer): Promise<Mock> {
  const control = async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${server.url}/__mock/${path.replace(/^\//, '')}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`mock ${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return { server, control, requests: () => control<MockRequest[]>('GET', 'requests') };
}

export async function startSession(extensionPath: string): Promise<Session> {
  const mocks: MockServer[] = [];
  const browser = await launchWithExtension({ extensionPath });
  try {
    const control = await browser.openPage('blank.html');
    const send = <T,>(message: unknown) =>
      control.evaluate((m) => chrome.runtime.sendMessage(m), message as never) as Promise<T>;
    const session: Session = {
      browser,
      control,
      send,
      stored: (key) => control.evaluate(async (k) => (await chrome.storage.local.get(k))[k] as never, key),
      async connect(mock) {
        const saved = await send<{ ok: boolean; accountId: string }>({
          type: 'saveAccount', origin: mock.server.url, key: MOCK_KEYS.full, label: 'Bench', verify: false,
        });
        if (!saved?.ok) throw new Error(`saveAccount failed: ${JSON.stringify(saved)}`);
        const answer = await send<{ ok: boolean }>({ type: 'refresh', accountId: saved.accountId });
        if (!answer?.ok) throw new Error(`first sync failed: ${JSON.stringify(answer)}`);
        return saved.accountId;
      },
      async startMock(options) {
        const server = await startMockServer({ quiet: true, seed: 1, ...options });
        mocks.push(server);
        return mockOf(server);
      },
      async close() {
        await browser.close();
        await Promise.all(mocks.map((m) => m.close().catch(() => undefined)));
      },
    };
    return session;
  } catch (error) {
    await browser.close();
    await Promise.all(mocks.map((m) => m.close().catch(() => undefined)));
    throw error;
  }
}
