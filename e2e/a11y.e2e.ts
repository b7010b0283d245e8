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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from '@wxt-dev/browser';
import { ROOT, type BrowserLang } from '../scripts/chromium';
import { startMockServer } from '../scripts/mock-server/server';
import { MOCK_KEYS, inLocale, useHarness, type Harness } from './harness';
import { submitConnect, waitConnected } from './ui';
import { tPopup } from '../entrypoints/popup/texts';
import { tPopupDetails } from '../entrypoints/popup/texts-details';
import { tOptions } from '../entrypoints/options/texts';

const start = useHarness();
const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;
const LANGS: BrowserLang[] = ['en-US', 'ru'];

/** Every axe run of the file (state × page × scheme × language), for the summary at the end. */
const runs: string[] = [];
afterAll(() => console.log(`axe runs: ${runs.length} (violations per run)\n${runs.join('\n')}`));

/** `chrome` inside sw.evaluate callbacks (they run in the extension, not in node). */
declare const chrome: typeof Browser;

const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * axe-core in the page, in both colour schemes. The pages' CSP refuses addScriptTag, so the
 * source is evaluated through the debugger protocol (which CSP does not govern).
 * Answers one line per violation, naming where it is.
 */
async function axe(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const found: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await frames(page);
    // A string, not a function: nothing of the test's transpiled code reaches the page.
    const violations = (await page.evaluate(`window.axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' +
        v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | ')))`)) as string[];
    runs.push(`${where} ${scheme}: ${violations.length}${violations.map((v) => ` [${v.split(' ')[0]}]`).join('')}`);
    if (violations.length > 0) console.log(`${where} ${scheme}:\n${violations.join('\n')}`);
    found.push(...violations.map((v) => `${where} ${scheme}: ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/** The popup once its later chunks (details, chart, figures, tabs) have arrived. */
async function popupSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.querySelector('.no-account') !== null ||
    (document.querySelector('.sync') !== null && document.querySelector('.spark-slot, .stats-slot, .tabs-slot') === null));
  await frames(page);
}

async function optionsSettled(page: Page): Promise<void> {
  await page.waitForSelector('#poll-minutes');
  await frames(page);
}

/** Opens the popup and the options page afresh (as a user would), checks the state, runs axe on both. */
async function axeState(h: Harness, state: string, check: (popup: Page) => Promise<void>): Promise<string[]> {
  const where = `${h.lang} ${state}`;
  const popup = await h.openPopup();
  await popupSettled(popup);
  await check(popup);
  const found = await axe(popup, `${where} popup`);
  await popup.close();
  const options = await h.openOptions();
  await optionsSettled(options);
  found.push(...(await axe(options, `${where} options`)));
  await options.close();
  return found;
}

const text = (h: Harness, read: () => string) => inLocale(h.lang, read);
const errorNoteShown = async (popup: Page) => { await popup.locator('.note-error').first().waitFor(); };

/** Balance, chart and every piece of the card: inside the popup's 380 px and not over each other. */
async function expectChartClearOfBalance(popup: Page, where: string, digits = 9): Promise<void> {
  const boxes = await popup.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const card = document.querySelector('.balance-card');
    return {
      balance: box(document.querySelector('output.balance')),
      chart: box(document.querySelector('.spark svg')),
      card: box(card),
      // The card's padding is its margin for the eye: nothing runs into it.
      contentRight: card ? card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).paddingRight) : 0,
      widest: Math.max(...[...(card?.querySelectorAll('*') ?? [])].map((el) => el.getBoundingClientRect().right)),
      scrollWidth: document.documentElement.scrollWidth,
      text: document.querySelector('output.balance')?.textContent ?? '',
    };
  });
  const { balance, chart } = boxes;
  expect(balance, `${where}: the balance`).not.toBeNull();
  expect(chart, `${where}: the chart`).not.toBeNull();
  expect(boxes.text.replace(/\D/g, '').length, `${where}: a ${digits}-digit balance (${boxes.text})`).toBe(digits + 2);
  // Up to 9 digits the balance stays on one line (28 px × 1.2); more may wrap, never overflow.
  if (digits <= 9) expect(balance!.bottom - balance!.top, `${where}: one line`).toBeLessThan(40);
  const overlap = balance!.left < chart!.right && chart!.left < balance!.right && balance!.top < chart!.bottom && chart!.top < balance!.bottom;
  expect(overlap, `${where}: chart ${JSON.stringify(chart)} over balance ${JSON.stringify(balance)}`).toBe(false);
  expect(boxes.widest, `${where}: nothing past the card's content edge`).toBeLessThanOrEqual(boxes.contentRight + 0.5);
  expect(boxes.card!.right, `${where}: the card within the popup`).toBeLessThanOrEqual(380);
  expect(boxes.scrollWidth, `${where}: no horizontal overflow`).toBeLessThanOrEqual(380);
}

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
