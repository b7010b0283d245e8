/**
 * Store material, from the real extension against the mock (fixed seed, port and clock), like the
 * README's screenshots: docs/store/screenshot-{popup,options}-{en,ru}.png at 1280×800 (the popup
 * open under its toolbar button, the options page in a browser window) and the 440×280 promo tile
 * tile-{en,ru}.png. The surroundings are plain HTML (e2e/store-scenes.ts); the extension parts are
 * screenshots of the real pages, checked for the key first.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../scripts/chromium';
import { MOCK_KEYS, inLocale, pageContainsKey, useHarness, type Harness } from './harness';
import { optionsScene, popupScene, tileScene, type StoreLang } from './store-scenes';
import { tPopup } from '../entrypoints/popup/texts';
import { tPopupDetails } from '../entrypoints/popup/texts-details';

const start = useHarness();
const STORE_DIR = path.join(ROOT, 'docs', 'store');
const SAMPLE_MOCK = { seed: 1, port: 47322, exchanges: 12, withdrawals: 6, clock: () => Date.UTC(2026, 10, 24, 9, 42) };

/** Width and height from a PNG's IHDR. */
const pngSize = (file: string) => {
  const png = readFileSync(file);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

async function render(h: Harness, html: string, size: { width: number; height: number }, name: string): Promise<void> {
  const page = await h.browser.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html, { waitUntil: 'load' });
  mkdirSync(STORE_DIR, { recursive: true });
  const file = path.join(STORE_DIR, name);
  await page.screenshot({ path: file, animations: 'disabled' });
  await page.close();
  expect(pngSize(file), name).toEqual([size.width, size.height]);
}

async function extensionShot(page: Page): Promise<Buffer> {
  expect(await pageContainsKey(page, MOCK_KEYS.full), 'the key is visible').toBe(false);
  return page.screenshot({ animations: 'disabled' });
}

const CASES = [
  { lang: 'en-US', tag: 'en', label: 'My exchanger' },
  { lang: 'ru', tag: 'ru', label: 'Мой обменник' },
] as const;

describe('store material', () => {
  for (const { lang, tag, label } of CASES) {
    it(`screenshots and tile, ${tag}`, async () => {
      const h = await start({ lang, mock: { ...SAMPLE_MOCK, locale: tag } });
      const { options, accountId } = await h.connectAndSync({ label });
      await options.close();
      await h.control('POST', 'exchanges', { count: 3 });
      await h.syncByAlarm(accountId);
      const badge = await h.until(() => h.badge(), (text) => text === '3', 'badge "3"');

      // The popup as Chrome shows it: 380 px wide, at most 600 px tall.
      const popup = await h.openPopup();
      await popup.getByLabel(inLocale(lang, () => tPopup('balance')), { exact: true }).waitFor();
      await expect.poll(() => popup.getByText(inLocale(lang, () => tPopupDetails('new')), { exact: true }).count()).toBe(3);
      const popupPng = await extensionShot(popup);
      await popup.close();

      const optionsPage = await h.browser.openPage('options.html', { width: 1280, height: 728 });
      await expect.poll(() => optionsPage.locator('ul.accounts li').count()).toBe(1);
      const optionsPng = await extensionShot(optionsPage);

      const window = { width: 1280, height: 800 };
      await render(h, popupScene(tag as StoreLang, popupPng, badge), window, `screenshot-popup-${tag}.png`);
      await render(h, optionsScene(tag as StoreLang, optionsPng), window, `screenshot-options-${tag}.png`);
      await render(h, tileScene(tag as StoreLang), { width: 440, height: 280 }, `tile-${tag}.png`);
    });
  }
});
