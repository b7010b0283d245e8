/**
 * Accessibility in real Chromium (issue 16): axe-core over the popup and the options page in every
 * state a partner meets (not connected, first sync, connected, new arrivals, HTTP 500, 401, site
 * down, two sites with one failing), light and dark, English and Russian: no violation. Also what
 * axe cannot see: the busy Refresh and download buttons keep the keyboard focus, Escape closes the
 * add form, Enter in the interval keeps the clamp explanation, and the balance chart never covers
 * a 9-digit balance nor leaves the popup's width (nor does a 12-digit one).
 */
import { ageLastSuccess } from './age';
import { refreshFromPopup } from './refresh';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from '@wxt-dev/browser';
import type { BrowserLang } from '../scripts/chromium';
import { startMockServer } from '../scripts/mock-server/server';
import { MOCK_KEYS, inLocale, useHarness, type Harness } from './harness';
import { submitConnect, waitConnected } from './ui';
import { tPopup } from '../entrypoints/popup/texts';
import { tPopupDetails } from '../entrypoints/popup/texts-details';
import { tOptions } from '../entrypoints/options/texts';
import { SCHEMES, axe, axeRuns, axeState, frames, optionsSettled, popupSettled } from './axe';
import { expectChartClearOfBalance } from './balance-layout';

const start = useHarness();
const LANGS: BrowserLang[] = ['en-US', 'ru'];
afterAll(() => console.log(`axe runs: ${axeRuns.length} (violations per run)\n${axeRuns.join('\n')}`));

/** `chrome` inside sw.evaluate callbacks (they run in the extension, not in node). */
declare const chrome: typeof Browser;

const text = (h: Harness, read: () => string) => inLocale(h.lang, read);
const errorNoteShown = async (popup: Page) => { await popup.locator('.note-error').first().waitFor(); };

describe('accessibility (axe-core) and layout', () => {
  for (const lang of LANGS) {
    it(`${lang}: not connected, first sync, connected, new arrivals (9-digit balance: chart clear of it)`, async () => {
      const h = await start({ lang });
      const found: string[] = [];

      found.push(...(await axeState(h, 'not connected', async (popup) => {
        expect(await popup.locator('.no-account').count()).toBe(1);
      })));

      // The first sync: the site answers the lists slowly; the popup shows the balance from the connect check.
      await h.control('POST', 'faults', { mode: 'slow', delayMs: 6000, path: 'exchanges', count: 1 });
      const options = await h.connect();
      await waitConnected(options);
      await options.close();
      const [account] = await h.until(() => h.accounts(), (list) => list.length === 1, 'the saved account');
      const id = account!.id;
      found.push(...(await axeState(h, 'first sync', async (popup) => {
        await popup.getByLabel(text(h, () => tPopup('balance')), { exact: true }).waitFor();
        expect((await h.cache(id))?.lastSuccessAt ?? null, 'still the first sync').toBeNull();
      })));
      await h.until(() => h.cache(id), (cache) => cache?.lastSuccessAt != null, 'the first sync', 20_000);

      found.push(...(await axeState(h, 'connected', async (popup) => {
        await popup.getByLabel(text(h, () => tPopup('balance')), { exact: true }).waitFor();
      })));

      // Three arrivals, one of them large enough for a 9-digit balance (and a second chart point).
      await h.control('POST', 'exchanges', { count: 2 });
      await h.control('POST', 'exchanges', { amount: '123450000.00' });
      await h.syncByAlarm(id);
      await h.until(() => h.badge(), (badge) => badge === '3', 'badge "3"');
      found.push(...(await axeState(h, 'new arrivals', async (popup) => {
        const fresh = popup.getByText(text(h, () => tPopupDetails('new')), { exact: true });
        await expect.poll(() => fresh.count()).toBe(3);
        await popup.locator('.spark svg').waitFor();
        // The chart says its period, visibly (and in its name, which axe checks).
        expect(await popup.locator('.spark-period').textContent()).toMatch(text(h, () => tPopupDetails('historySince', { date: '' })).trim());
        for (const scheme of SCHEMES) {
          await popup.emulateMedia({ colorScheme: scheme });
          await frames(popup);
          await expectChartClearOfBalance(popup, `${lang} ${scheme}`);
        }
        // axe then sees the chart's caption too (shown on keyboard focus).
        await popup.locator('.spark svg').focus();
        await popup.locator('.spark-range').waitFor({ state: 'visible' });
      })));

      // 12 digits: the balance wraps rather than running past the popup's 380 px.
      await h.control('POST', 'exchanges', { amount: '123000000000.00' });
      await h.syncByAlarm(id);
      await h.until(() => h.cache(id), (cache) => (cache?.summary?.balance ?? 0) >= 1e11, 'a 12-digit balance');
      const popup = await h.openPopup();
      await popupSettled(popup);
      await popup.locator('.spark svg').waitFor();
      for (const scheme of SCHEMES) {
        await popup.emulateMedia({ colorScheme: scheme });
        await frames(popup);
        await expectChartClearOfBalance(popup, `${lang} ${scheme}, 12 digits`, 12);
      }
      await popup.close();

      expect(found).toEqual([]);
    });

    it(`${lang}: HTTP 500, 401, site down, two sites with one failing`, async () => {
      const h = await start({ lang });
      const { options, accountId } = await h.connectAndSync({ label: 'A' });
      await options.close();
      const found: string[] = [];

      await h.control('POST', 'faults', { mode: '500', count: 50 });
      await refreshFromPopup(h, accountId);
      // On fresh data a passing 500 is only a small mark; once the data is older than twice the
      // interval, the full note. Both are checked (every later state keeps the aged data).
      found.push(...(await axeState(h, 'HTTP 500, quiet', async (popup) => {
        await popup.getByText(text(h, () => tPopupDetails('retrying')), { exact: true }).waitFor();
      })));
      await ageLastSuccess(h, accountId, 2 * 3_600_000);
      found.push(...(await axeState(h, 'HTTP 500', errorNoteShown)));

      await h.control('DELETE', 'faults');
      await h.control('POST', 'faults', { mode: '401', count: 50 });
      await refreshFromPopup(h, accountId);
      found.push(...(await axeState(h, '401', errorNoteShown)));

      await h.control('DELETE', 'faults');
      await h.mock.close();
      await refreshFromPopup(h, accountId);
      found.push(...(await axeState(h, 'site down', errorNoteShown)));

      // A second site that answers, beside the first one still down.
      const second = await startMockServer({ quiet: true, seed: 2, port: 0 });
      try {
        const page = await h.openOptions();
        await page.getByRole('button', { name: text(h, () => tOptions('addAnother')), exact: true }).click();
        await submitConnect(page, { address: second.url, key: MOCK_KEYS.full, label: 'B' });
        await waitConnected(page);
        await page.close();
        const accounts = await h.until(() => h.accounts(), (list) => list.length === 2, 'two accounts');
        await h.until(() => h.cache(accounts[1]!.id), (cache) => cache?.lastSuccessAt != null, 'the second site synced');
        found.push(...(await axeState(h, 'two sites, one failing', async (popup) => {
          await expect.poll(() => popup.getByRole('tab').count()).toBe(2);
        })));

        // The options page's own failure states: the add form sent empty, then with a revoked key (401).
        const form = await h.openOptions();
        await optionsSettled(form);
        await form.getByRole('button', { name: text(h, () => tOptions('addAnother')), exact: true }).click();
        await form.getByRole('button', { name: text(h, () => tOptions('connect')), exact: true }).click();
        await form.locator('[aria-invalid="true"]').first().waitFor();
        found.push(...(await axe(form, `${h.lang} options: add form sent empty`)));
        await submitConnect(form, { address: second.url, key: MOCK_KEYS.revoked });
        await form.getByText(text(h, () => tOptions('notSaved')), { exact: true }).waitFor();
        found.push(...(await axe(form, `${h.lang} options: add form, key refused (401)`)));
        await form.close();
      } finally {
        await second.close();
      }

      expect(found).toEqual([]);
    });
  }

  it('keyboard: busy Refresh and download buttons keep the focus; Escape closes the add form; Enter keeps the clamp note', async () => {
    const h = await start({ lang: 'en-US' });
    const { options, accountId } = await h.connectAndSync();
    const isFocused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement === document.querySelector(s), selector);

    // Enter in the interval: change, then submit; the note explains the clamp and stays.
    const poll = options.getByLabel(tOptions('pollLabel'), { exact: true });
    await poll.fill('0');
    await poll.press('Enter');
    const settings = () => h.sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? null) as { pollMinutes: number } | null);
    await h.until(settings, (s) => s?.pollMinutes === 1, 'the interval saved as 1');
    await frames(options);
    const note = options.locator('.settings-form [role=status]');
    await expect.poll(() => note.innerText()).toBe(tOptions('pollClamped', { minutes: 1 }));
    await options.waitForTimeout(300); // a second "Settings saved" would arrive with the second storage write
    expect(await note.innerText()).toBe(tOptions('pollClamped', { minutes: 1 }));
    expect(await poll.inputValue()).toBe('1');

    // Escape closes the add form; the focus goes back to the button that opened it.
    const add = options.getByRole('button', { name: tOptions('addAnother'), exact: true });
    await add.focus();
    await options.keyboard.press('Enter');
    const address = options.getByLabel(tOptions('addressLabel'), { exact: true });
    await address.waitFor();
    await expect.poll(() => isFocused(options, '.connect-main input')).toBe(true);
    await options.keyboard.press('Escape');
    await expect.poll(() => address.count()).toBe(0);
    await expect.poll(() => isFocused(options, 'button.add-another')).toBe(true);

    // Refresh by keyboard while the site is slow: busy, the button keeps the focus, and after too.
    const popup = await h.openPopup();
    await popupSettled(popup);
    await h.control('POST', 'faults', { mode: 'slow', delayMs: 1500, path: 'exchanges', count: 1 });
    const refresh = popup.getByRole('button', { name: tPopupDetails('refresh'), exact: true });
    await refresh.focus();
    const before = (await h.cache(accountId))?.lastSyncAt ?? 0;
    await popup.keyboard.press('Enter');
    await expect.poll(() => refresh.getAttribute('aria-disabled')).toBe('true');
    expect(await isFocused(popup, 'button.refresh')).toBe(true);
    await h.until(() => h.cache(accountId), (cache) => (cache?.lastSyncAt ?? 0) > before, 'the refresh');
    await expect.poll(() => refresh.getAttribute('aria-disabled')).toBe('false');
    expect(await isFocused(popup, 'button.refresh')).toBe(true);

    // A download by keyboard: busy while it gathers the history, the focus stays on the button.
    const csv = popup.getByRole('button', { name: tPopupDetails('exchangesCsv'), exact: true });
    await csv.focus();
    const download = popup.waitForEvent('download');
    await popup.keyboard.press('Enter');
    await download;
    await popup.locator('.export-status').getByText(/Downloaded \d+ rows?\./).waitFor();
    expect(await isFocused(popup, '.export-buttons button')).toBe(true);
    expect(await csv.getAttribute('aria-disabled')).toBe('false');
  });

});
