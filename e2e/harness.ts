/**
 * One e2e scenario's world: its own mock partner API on a free port, a fresh Chromium profile
 * with the e2e build loaded, and helpers that read what a user would see (badge, notifications,
 * pages). Collects console errors and uncaught exceptions of every extension page; `useHarness()`
 * asserts there are none after each test and closes everything so the run exits cleanly.
 */
import { afterEach, expect } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { Browser } from '@wxt-dev/browser';
import { launchWithExtension, type BrowserLang, type ExtensionBrowser } from '../scripts/chromium';
import { startMockServer, type MockOptions, type MockServer } from '../scripts/mock-server/server';
import { MOCK_KEYS } from '../scripts/mock-server/keys';
import type { Account, AccountCache } from '../utils/model';
import { submitConnect, waitConnected } from './ui';
import { mockControl, until } from './shared/driver';

export { MOCK_KEYS };
export { inLocale, localeOf, sameSpaces } from './ui';

/** `chrome` inside sw.evaluate / page.evaluate callbacks (they run in the extension, not in node). */
declare const chrome: typeof Browser;

/** Popup pages are opened as tabs at the width of the real popup. */
export const POPUP_VIEWPORT = { width: 380, height: 600 };
export const OPTIONS_VIEWPORT = { width: 1000, height: 800 };

/** The API shapes the mock's /__mock/state returns (the contract's raw JSON). */
export interface ApiExchange {
  id: number;
  type: string;
  attributes: { status: string; created_at: string; amount: number; currency: string; order_id: number | string };
}
export interface ApiWithdrawal {
  id: number;
  type: string;
  attributes: {
    created_at: string;
    payout_status: string;
    charged_amount: { amount: string; currency: string; name: string };
  };
}
export interface ApiSummary {
  type: string;
  attributes: {
    percent_referral: number;
    count_referral: number;
    iso_code: string;
    referral_hash: string | null;
    balance: number;
    totals: { balance: number; withdrawal: number };
  };
}
export interface MockState { summary: ApiSummary; exchanges: ApiExchange[]; withdrawals: ApiWithdrawal[] }

export interface HarnessOptions {
  mock?: MockOptions;
  lang?: BrowserLang;
  colorScheme?: 'light' | 'dark';
  /** Keep the options tab the extension opens on install (`browser.installTab`); closed by default. */
  keepInstallTab?: boolean;
  /** The browser's time zone (IANA name); default the system's. */
  timezone?: string;
}

export interface Harness {
  mock: MockServer;
  browser: ExtensionBrowser;
  sw: Worker;
  lang: BrowserLang;
  /** "Where: what" for every console error / uncaught exception on an extension page. */
  pageErrors: string[];
  /** Same for the service worker: shown when a test fails, not asserted (API faults may be logged). */
  workerErrors: string[];
  control<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T>;
  mockState(): Promise<MockState>;
  badge(): Promise<string>;
  notificationIds(): Promise<string[]>;
  openOptions(): Promise<Page>;
  openPopup(): Promise<Page>;
  /** Fill address + key on the real options page and press Connect (no waiting for the result). */
  connect(options?: { key?: string; label?: string; page?: Page }): Promise<Page>;
  /** Connect with the full key, see "Connected", and wait for the first sync to finish. */
  connectAndSync(options?: { label?: string }): Promise<{ options: Page; accountId: string }>;
  /** What the background stored (read-only look, for waiting and for "nothing was saved"). */
  accounts(): Promise<Account[]>;
  cache(accountId: string): Promise<AccountCache | null>;
  /** Run the background's periodic sync now, as Chrome would when its alarm fires. */
  fireSyncAlarm(): Promise<void>;
  /** Fire the alarm and wait until that sync has finished (lastSyncAt moved). */
  syncByAlarm(accountId: string): Promise<AccountCache>;
  /** Wait until `read()` satisfies `ok`, polling; returns the last value. */
  until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const lang = options.lang ?? 'en-US';
  const mock = await startMockServer({ quiet: true, seed: 1, ...options.mock }).catch((error: NodeJS.ErrnoException) => {
    // A fixed port (screenshots) may be taken: any free one will do.
    if (error.code !== 'EADDRINUSE') throw error;
    return startMockServer({ quiet: true, seed: 1, ...options.mock, port: 0 });
  });
  let browser: ExtensionBrowser;
  try {
    browser = await launchWithExtension({
      lang, colorScheme: options.colorScheme ?? 'light', installTab: options.keepInstallTab ? 'keep' : 'close', timezone: options.timezone,
    });
  } catch (error) {
    await mock.close();
    throw error;
  }
  const { context, serviceWorker: sw, extensionId } = browser;
  const pageErrors: string[] = [];
  const workerErrors: string[] = [];
  const extensionUrl = `chrome-extension://${extensionId}/`;
  const where = (page: Page) => page.url().replace(extensionUrl, '') || 'about:blank';

  const watch = (page: Page) => {
    page.on('console', (message) => {
      const url = message.location().url || page.url();
      if (message.type() === 'error' && url.startsWith(extensionUrl)) pageErrors.push(`${where(page)}: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      if (page.url().startsWith(extensionUrl)) pageErrors.push(`${where(page)}: uncaught ${error.stack ?? error.message}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  sw.on('console', (message) => {
    if (message.type() === 'error') workerErrors.push(`background: ${message.text()}`);
  });

  const control = mockControl(mock);

  const harness: Harness = {
    mock,
    browser,
    sw,
    lang,
    pageErrors,
    workerErrors,
    control,
    until,
    mockState: () => control<MockState>('GET', 'state'),
    badge: () => sw.evaluate(() => chrome.action.getBadgeText({})),
    notificationIds: () => sw.evaluate(async () => Object.keys(await chrome.notifications.getAll())),
    openOptions: () => browser.openPage('options.html', OPTIONS_VIEWPORT),
    // What a click on the toolbar button opens: the popup at the address the background gave it, naming
    // the accounts (utils/popup-address.ts). The Firefox suite opens the bare popup.html (an address naming none).
    async openPopup() {
      const address = await sw.evaluate(() => chrome.action.getPopup({}));
      return browser.openPage(address.replace(extensionUrl, ''), POPUP_VIEWPORT);
    },
    async connect({ key = MOCK_KEYS.full, label, page } = {}) {
      const options = page ?? (await harness.openOptions());
      await submitConnect(options, { address: mock.url, key, label });
      return options;
    },
    async connectAndSync({ label } = {}) {
      const options = await harness.connect({ label });
      await waitConnected(options);
      const [account] = await until(() => harness.accounts(), (list) => list.length === 1, 'the saved account');
      await until(() => harness.cache(account!.id), (cache) => cache?.lastSuccessAt != null, 'the first sync');
      return { options, accountId: account!.id };
    },
    accounts: () => sw.evaluate(async () => ((await chrome.storage.local.get('accounts')).accounts ?? []) as never),
    cache: (accountId) =>
      sw.evaluate(async (key) => ((await chrome.storage.local.get(key))[key] ?? null) as never, `cache:${accountId}`),
    async syncByAlarm(accountId) {
      const before = (await harness.cache(accountId))?.lastSyncAt ?? 0;
      await harness.fireSyncAlarm();
      const cache = await until(() => harness.cache(accountId), (c) => (c?.lastSyncAt ?? 0) > before, 'the alarm sync');
      return cache!;
    },
    async fireSyncAlarm() {
      await sw.evaluate(async () => {
        const alarms = await chrome.alarms.getAll();
        if (alarms.length === 0) throw new Error('the background has no alarm to fire');
        // Re-creating an alarm with `when: now` fires it at once (unpacked extensions have no minimum delay).
        for (const alarm of alarms) {
          await chrome.alarms.create(alarm.name, {
            when: Date.now(),
            ...(alarm.periodInMinutes ? { periodInMinutes: alarm.periodInMinutes } : {}),
          });
        }
      });
    },
    async close() {
      await browser.close();
      await mock.close();
    },
  };
  return harness;
}

/**
 * Registers the per-test teardown: no page errors, then browser and mock closed (even when
 * the test or the assertion failed). Call the returned function inside each test.
 */
export function useHarness(): (options?: HarnessOptions) => Promise<Harness> {
  let current: Harness | null = null;
  afterEach(async () => {
    const harness = current;
    current = null;
    if (!harness) return;
    try {
      if (harness.workerErrors.length > 0) console.warn(`service worker errors:\n${harness.workerErrors.join('\n')}`);
      expect(harness.pageErrors, 'console errors on extension pages').toEqual([]);
    } finally {
      await harness.close();
    }
  });
  return async (options) => {
    current = await startHarness(options);
    return current;
  };
}

/** True when the key (or its secret half) is anywhere in the page: text, attributes or field values. */
export async function pageContainsKey(page: Page, key: string): Promise<boolean> {
  const secret = key.split('|')[1] ?? key;
  return page.evaluate((needle) => {
    const fields = [...document.querySelectorAll('input, textarea')] as (HTMLInputElement | HTMLTextAreaElement)[];
    return document.documentElement.outerHTML.includes(needle) || fields.some((field) => field.value.includes(needle));
  }, secret);
}
