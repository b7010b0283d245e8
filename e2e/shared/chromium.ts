/**
 * The Chromium harness (e2e/harness.ts, playwright-core) as a browser-neutral `Driver`, so the
 * Chromium suite runs the same shared scenarios as the Firefox one (e2e/shared/scenarios.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Harness } from '../harness';
import type { Driver, UiPage } from './driver';

const pagesOf = new WeakMap<UiPage, Page>();

export function playwrightPage(page: Page): UiPage {
  const ui: UiPage = {
    fill: (label, value) => page.getByLabel(label, { exact: true }).fill(value),
    press: (name) => page.getByRole('button', { name, exact: true }).click(),
    async text(selector = 'body') {
      const first = page.locator(selector).first();
      return (await first.count()) > 0 ? first.innerText() : '';
    },
    count: (selector, withText) => {
      const all = page.locator(selector);
      return (withText === undefined ? all : all.filter({ hasText: withText })).count();
    },
    markDetail: (name) => page.evaluate((mark) => (performance.getEntriesByName(mark).at(-1) as PerformanceMark | undefined)?.detail ?? null, name),
    waitForText: (text, timeout = 15_000) => page.getByText(text).first().waitFor({ timeout }),
    close: () => page.close(),
  };
  pagesOf.set(ui, page);
  return ui;
}

export function chromiumDriver(h: Harness): Driver {
  return {
    name: 'chromium',
    lang: h.lang,
    mock: h.mock,
    control: h.control,
    badge: h.badge,
    notificationIds: h.notificationIds,
    async clearNotifications() {
      await h.sw.evaluate(async () => {
        for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
      });
    },
    openOptions: async () => playwrightPage(await h.openOptions()),
    openPopup: async () => playwrightPage(await h.openPopup()),
    // The e2e build grants the mock's host up front: headless Chromium cannot answer the prompt.
    answerPermissionPrompt: null,
    accounts: h.accounts,
    cache: h.cache,
    fireSyncAlarm: h.fireSyncAlarm,
    async download(ui, buttonName) {
      const page = pagesOf.get(ui);
      if (!page) throw new Error('not a page of this driver');
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), ui.press(buttonName)]);
      return { fileName: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
    },
  };
}

declare const chrome: typeof import('@wxt-dev/browser').Browser;
