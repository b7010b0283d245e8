/**
 * The README's screenshots, taken from the real extension against the mock (fixed seed):
 * the popup (380 px wide, full height) and the options page, in English and Russian,
 * light and dark. Each also checks that the key is nowhere in the page before the shot.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../scripts/chromium';
import { MOCK_KEYS, inLocale, pageContainsKey, useHarness, type Harness } from './harness';
import { tPopup } from '../entrypoints/popup/texts';
import { tPopupDetails } from '../entrypoints/popup/texts-details';
import { tOptions } from '../entrypoints/options/texts';
import { tReferral } from '../entrypoints/popup/texts-referral';

const start = useHarness();
const SCREENSHOT_DIR = path.join(ROOT, 'docs', 'screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  expect(await pageContainsKey(page, MOCK_KEYS.full), `the key is visible in ${name}`).toBe(false);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), fullPage: true, animations: 'disabled' });
}

/**
 * A connected account with three exchanges that arrived since the last look, a minimum withdrawal,
 * a monthly goal and a referral link (as typed on the options page), so the shots show issue 17's parts.
 */
async function sampleAccount(h: Harness, label: string): Promise<void> {
  const { options, accountId } = await h.connectAndSync({ label });
  await options.close();
  const code = (await h.cache(accountId))!.summary!.referralHash!;
  const prefs = { minWithdrawal: 1000, monthlyGoal: 1500, referralLink: `${h.mock.url}/?ref=${code}` };
  await h.sw.evaluate(async ([key, value]) => chrome.storage.local.set({ [key]: value }), [`prefs:${accountId}`, prefs] as const);
  await h.control('POST', 'exchanges', { count: 3 });
  await h.syncByAlarm(accountId);
  await h.until(() => h.badge(), (text) => text === '3', 'badge "3"');
}

const CASES = [
  { lang: 'en-US', tag: 'en', scheme: 'light', label: 'My exchanger' },
  { lang: 'en-US', tag: 'en', scheme: 'dark', label: 'My exchanger' },
  { lang: 'ru', tag: 'ru', scheme: 'light', label: 'Мой обменник' },
  { lang: 'ru', tag: 'ru', scheme: 'dark', label: 'Мой обменник' },
] as const;

/** Same pictures every run: a fixed port (the host shows on the options page) and a fixed clock for the site's date texts. */
const SAMPLE_MOCK = { seed: 1, port: 47321, exchanges: 12, withdrawals: 6, clock: () => Date.UTC(2026, 10, 24, 9, 42) };

describe('screenshots', () => {
  for (const { lang, tag, scheme, label } of CASES) {
    it(`popup and options, ${tag} ${scheme}`, async () => {
      const h = await start({ lang, colorScheme: scheme, mock: { ...SAMPLE_MOCK, locale: tag } });
      await sampleAccount(h, label);

      const popup = await h.openPopup();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByLabel(inLocale(lang, () => tPopup('balance')), { exact: true }).waitFor();
      await expect.poll(() => popup.getByText(inLocale(lang, () => tPopupDetails('new')), { exact: true }).count()).toBe(3);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(tag);
      await expect.poll(() => popup.getByRole('progressbar').count()).toBe(2);
      await popup.getByRole('button', { name: inLocale(lang, () => tReferral('copyLinkName')), exact: true }).waitFor();
      await shoot(popup, `popup-${tag}-${scheme}.png`);

      // The shot is the page's own height: a shorter window keeps empty space out of it.
      const options = await h.browser.openPage('options.html', { width: 960, height: 400 });
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByRole('heading', { name: inLocale(lang, () => tOptions('accountsHeading')) }).waitFor();
      await expect.poll(() => options.locator('ul.accounts li').count()).toBe(1);
      await shoot(options, `options-${tag}-${scheme}.png`);
    });
  }
});

declare const chrome: typeof import('@wxt-dev/browser').Browser;
