/**
 * One Firefox scenario's world: its own mock partner API, a fresh Firefox ESR with the built
 * extension (FIREFOX_EXTENSION, set by scripts/e2e-firefox.ts) and a `Driver` over it, so the
 * shared scenarios run here unchanged. Extension APIs are read from a probe tab (an extension
 * page has the same `browser.*`), never by waking the background. Errors come from Firefox's
 * stdout and from traps in every page and in the background; `useFirefox()` fails a test on any.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension } from '../../scripts/firefox';
import { startMockServer, type MockOptions } from '../../scripts/mock-server/server';
import type { BrowserLang } from '../../scripts/chromium';
import { mockControl, until, type Driver, type UiPage } from '../shared/driver';
import { sameSpaces } from '../ui';
import { TRAPS, installPageTraps, readTraps, uiPage } from './page';

export const EXTENSION_DIR = path.resolve(process.env.FIREFOX_EXTENSION || '.output/firefox-mv3');
export const MANIFEST_VERSION: number = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')).manifest_version;

export const POPUP_VIEWPORT = { width: 380, height: 600 };
export const OPTIONS_VIEWPORT = { width: 1000, height: 800 };

export interface FirefoxDriver extends Driver {
  firefox: FirefoxExtension;
  /** The tab the extension APIs are read from (an options page nobody types into). */
  probe: Page;
  /** Every error seen so far: Firefox's stdout, the traps of open pages and of the background. */
  errors(): Promise<string[]>;
  /** A page opened as a puppeteer Page (screenshots), with traps like the others. */
  openRaw(file: string, viewport: { width: number; height: number }): Promise<Page>;
  /** The bundled privacy policy (privacy.html), as the footer link opens it. */
  openPrivacy(): Promise<UiPage>;
  /** The background's traps are lost when the event page stops: arm them again once it runs. */
  rearmBackground(): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  mock?: MockOptions;
  lang?: BrowserLang;
  colorScheme?: 'light' | 'dark';
}

export async function startFirefox(options: FirefoxOptions = {}): Promise<FirefoxDriver> {
  const lang = options.lang ?? 'en-US';
  const mock = await startMockServer({ quiet: true, seed: 1, ...options.mock }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    return startMockServer({ quiet: true, seed: 1, ...options.mock, port: 0 });
  });
  let firefox: FirefoxExtension;
  try {
    firefox = await launchFirefox({ extensionPath: EXTENSION_DIR, lang, colorScheme: options.colorScheme });
  } catch (error) {
    await mock.close();
    throw error;
  }
  const closedErrors: string[] = [];
  const pages = new Map<Page, string>();

  const openRaw = async (file: string, viewport: { width: number; height: number }) => {
    const page = await firefox.openPage(file, viewport);
    await installPageTraps(page);
    pages.set(page, file);
    return page;
  };
  const open = async (file: string, viewport: { width: number; height: number }): Promise<UiPage> => {
    const page = await openRaw(file, viewport);
    return uiPage(page, async () => {
      closedErrors.push(...(await readTraps(page, file)));
      pages.delete(page);
      await page.close();
    });
  };
  const probe = await openRaw('options.html', OPTIONS_VIEWPORT);
  /** Run `browser.*` code in the probe tab; `arg` is passed as JSON. */
  const api = <T,>(fn: string, arg: unknown = null): Promise<T> =>
    probe.evaluate(`(${fn})(${JSON.stringify(arg)})`) as Promise<T>;

  const backgroundErrors = async (): Promise<string[]> => {
    // Only a running background is asked: asking would wake a stopped event page.
    if (MANIFEST_VERSION === 3 && (await firefox.backgroundState()) !== 'running') return [];
    return api<string[]>(`async () => { const bg = await browser.runtime.getBackgroundPage(); return bg.__e2eErrors ?? []; }`);
  };
  const armBackground = () =>
    api(`async () => { const bg = await browser.runtime.getBackgroundPage(); (${TRAPS})(bg); }`);
  await armBackground();

  const driver: FirefoxDriver = {
    name: 'firefox',
    lang,
    mock,
    firefox,
    probe,
    control: mockControl(mock),
    badge: () => api<string>(`() => (browser.action ?? browser.browserAction).getBadgeText({})`),
    notificationIds: () => api<string[]>(`async () => Object.keys(await browser.notifications.getAll())`),
    clearNotifications: () =>
      api(`async () => { for (const id of Object.keys(await browser.notifications.getAll())) await browser.notifications.clear(id); }`),
    openOptions: () => open('options.html', OPTIONS_VIEWPORT),
    openPopup: () => open('popup.html', POPUP_VIEWPORT),
    openPrivacy: () => open('privacy.html', OPTIONS_VIEWPORT),
    answerPermissionPrompt: (answer) => firefox.answerPermissionPrompt(answer),
    accounts: () => api(`async () => (await browser.storage.local.get('accounts')).accounts ?? []`),
    cache: (accountId) => api(`async (key) => (await browser.storage.local.get(key))[key] ?? null`, `cache:${accountId}`),
    async fireSyncAlarm() {
      await api(`async () => {
        const alarms = await browser.alarms.getAll();
        if (alarms.length === 0) throw new Error('the background has no alarm to fire');
        for (const alarm of alarms)
          await browser.alarms.create(alarm.name, { when: Date.now(), ...(alarm.periodInMinutes ? { periodInMinutes: alarm.periodInMinutes } : {}) });
      }`);
    },
    async download(page, buttonName) {
      const before = new Set(await readdir(firefox.downloadDir));
      await page.press(buttonName);
      const file = await until(
        async () => (await readdir(firefox.downloadDir)).find((name) => !before.has(name) && !name.endsWith('.part')) ?? '',
        (name) => name !== '',
        `a download from "${buttonName}"`,
        30_000,
      );
      const full = path.join(firefox.downloadDir, file);
      // Written in one go from a blob; wait until its size stops changing anyway.
      await until(async () => [(await stat(full)).size, await new Promise((r) => setTimeout(r, 200)), (await stat(full)).size], ([a, , b]) => a === b && a !== 0, 'the download to finish');
      return { fileName: file, text: await readFile(full, 'utf8') };
    },
    async errors() {
      const open = await Promise.all([...pages].map(([page, file]) => readTraps(page, file).catch(() => [])));
      return [...firefox.consoleErrors, ...closedErrors, ...open.flat(), ...(await backgroundErrors()).map((e) => `background: ${e}`)];
    },
    openRaw,
    rearmBackground: async () => void (await armBackground()),
    async close() {
      await firefox.close();
      await mock.close();
    },
  };
  return driver;
}

/** Per-test teardown: no error from any extension page or the background, then Firefox and the mock closed. */
export function useFirefox(): (options?: FirefoxOptions) => Promise<FirefoxDriver> {
  let current: FirefoxDriver | null = null;
  afterEach(async () => {
    const d = current;
    current = null;
    if (!d) return;
    try {
      // Firefox prints to stdout a moment after the fact: let the last lines arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await d.errors()).map(sameSpaces), 'errors in extension pages or the background').toEqual([]);
    } finally {
      await d.close();
    }
  });
  return async (options) => {
    current = await startFirefox(options);
    return current;
  };
}
