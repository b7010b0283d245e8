/**
 * Connecting an account through the real options page: the preview, the badge, the popup;
 * refused keys (401, 403) save nothing; the v3private layout connects the same way.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MOCK_KEYS, inLocale, useHarness, type Harness } from './harness';
import { tOptions } from '../entrypoints/options/texts';
import { errorText } from '../utils/i18n/errors';
import { chromiumDriver } from './shared/chromium';
import { connectShowsBalance } from './shared/scenarios';

const start = useHarness();

describe('connect', () => {
  it('connects with the full key: preview, empty badge, the popup shows the balance (en-US)', async () => {
    const h = await start({ lang: 'en-US' });
    await connectShowsBalance(chromiumDriver(h));
    // The popup shown was the toolbar button's, at an address naming the account (read with the list, in one call).
    const [account] = await h.accounts();
    const address = await h.sw.evaluate(() => chrome.action.getPopup({}));
    expect(address).toBe(`chrome-extension://${h.browser.extensionId}/popup.html?account=${account!.id}`);
  });

  it('connects the same way in Russian', async () => {
    const h = await start({ lang: 'ru' });
    await connectShowsBalance(chromiumDriver(h));
  });

  it('a v3private site connects with no visible difference', async () => {
    const h = await start({ mock: { layout: 'v3private' } });
    await connectShowsBalance(chromiumDriver(h));
    const [account] = await h.accounts();
    expect(account?.layout).toBe('v3private');
    const paths = (await h.control<{ path: string; status: number }[]>('GET', 'requests')).map((r) => `${r.path} ${r.status}`);
    expect(paths.some((p) => p.startsWith('/api/v3/private/account/partner 200'))).toBe(true);
  });
});

describe('refused keys save nothing', () => {
  async function tryKey(h: Harness, key: string): Promise<Page> {
    const options = await h.connect({ key });
    const notSaved = inLocale(h.lang, () => tOptions('notSaved'));
    await options.getByText(notSaved, { exact: true }).waitFor();
    return options;
  }

  async function expectNothingSaved(h: Harness, options: Page): Promise<void> {
    expect(await h.accounts()).toEqual([]);
    const stored = await h.sw.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    expect(stored.filter((k) => /^(cache|exchanges|withdrawals|seen|lease):/.test(k))).toEqual([]);
    // The account list on the page stays empty.
    await expect.poll(() => options.locator('ul.accounts li').count()).toBe(0);
  }

  it('a revoked key: the page explains 401 and what to do', async () => {
    const h = await start();
    const options = await tryKey(h, MOCK_KEYS.revoked);
    const text = inLocale(h.lang, () => errorText({ kind: 'unauthorized' }));
    await expect.poll(() => options.getByText(text.message).count()).toBeGreaterThan(0);
    await expect.poll(() => options.getByText(text.action).count()).toBeGreaterThan(0);
    await expect.poll(() => options.getByText(/Request ID: \S+/).count()).toBe(1);
    await expectNothingSaved(h, options);
  });

  it('a key without partner access: the 403 message names the permission', async () => {
    const h = await start({ lang: 'ru' });
    const options = await tryKey(h, MOCK_KEYS.account);
    const text = inLocale(h.lang, () => errorText({ kind: 'forbidden' }));
    expect(text.action).toContain('Доступ к партнерской программе');
    await expect.poll(() => options.getByText(text.message).count()).toBeGreaterThan(0);
    const page = await options.locator('body').innerText();
    expect(page).toContain('Доступ к партнерской программе');
    expect(page).toContain(text.action);
    await expectNothingSaved(h, options);
  });
});

declare const chrome: typeof import('@wxt-dev/browser').Browser;
