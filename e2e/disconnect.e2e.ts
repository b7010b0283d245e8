/**
 * The background owns Disconnect and Connect's clean-up: a Disconnect during a long, slow sync is
 * done at once and no request carries the key after the click; closing the options tab right after
 * Disconnect still gives the site's permission back; so does a Connect the site refused; and no
 * notification of a removed account stays. (The e2e build grants its test hosts up front, so it
 * cannot really lose them: the background's list of released origins is what is checked here.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MOCK_KEYS, inLocale, useHarness, type Harness } from './harness';
import { tOptions } from '../entrypoints/options/texts';

const start = useHarness();
const PATTERN = 'http://127.0.0.1/*';

const released = (h: Harness) => h.sw.evaluate(() => [...((globalThis as { iexReleasedOrigins?: string[] }).iexReleasedOrigins ?? [])]);
const secret = MOCK_KEYS.full.split('|')[1]!;

async function clickDisconnect(h: Harness, options: Page): Promise<void> {
  const t = (key: 'disconnect' | 'confirmYes') => inLocale(h.lang, () => tOptions(key));
  await options.getByRole('button', { name: t('disconnect'), exact: true }).click();
  await options.getByRole('button', { name: t('confirmYes'), exact: true }).click();
}

interface Logged { path: string; headers: Record<string, string>; at: number }

describe('disconnect', () => {
  it('during a long slow sync: the account is gone in under 2 s, no request carries the key after the click', async () => {
    const h = await start({ mock: { exchanges: 3000 } });
    const { options, accountId } = await h.connectAndSync();
    // The site turns slow, and a deep walk starts (an export walks every page): 30 pages, ~1 s each.
    await h.control('POST', 'faults', { mode: 'slow', delayMs: 1000, count: 1000 });
    await h.sw.evaluate(async (id) => {
      const key = `cache:${id}`;
      const stored = (await chrome.storage.local.get(key))[key] as { complete: Record<string, boolean> };
      await chrome.storage.local.set({ [key]: { ...stored, complete: { exchanges: false, payouts: false } } });
    }, accountId);
    const popup = await h.openPopup();
    await popup.evaluate((id) => void chrome.runtime.sendMessage({ type: 'exportHistory', accountId: id, list: 'exchanges' }), accountId);
    await h.until(() => h.control<Logged[]>('GET', 'requests'), (log) => log.some((r) => r.path.endsWith('/exchanges') && r.headers['authorization']?.includes(secret)), 'the slow walk to start');

    const clicked = Date.now();
    await clickDisconnect(h, options);
    await h.until(() => h.accounts(), (list) => list.length === 0, 'the account to go', 2_000);
    expect(Date.now() - clicked).toBeLessThan(2_000);

    // Long enough for several more pages of the walk, had it gone on.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const after = (await h.control<Logged[]>('GET', 'requests')).filter((r) => r.at > clicked + 100);
    expect(after.filter((r) => r.headers['authorization']?.includes(secret))).toEqual([]);
    expect(await released(h)).toContain(PATTERN);
  });

  it('closing the options tab right after Disconnect still gives the permission back and leaves no notification', async () => {
    const h = await start();
    const { options, accountId } = await h.connectAndSync();
    await h.control('POST', 'exchanges', { count: 2 });
    await h.syncByAlarm(accountId);
    await h.until(() => h.notificationIds(), (ids) => ids.length === 2, 'two notifications');
    await h.sw.evaluate(async (id) => {
      await chrome.notifications.create(`payout:${id}:1:paid`, { type: 'basic', iconUrl: '/icon/128.png', title: 't', message: 'm' });
    }, accountId);

    await clickDisconnect(h, options);
    await options.close();
    await h.until(() => h.accounts(), (list) => list.length === 0, 'the account to go');
    await h.until(() => released(h), (list) => list.includes(PATTERN), 'the permission to be given back');
    await h.until(() => h.notificationIds(), (ids) => ids.length === 0, 'every notification of the account to go');
  });
});

describe('connect', () => {
  it('a Connect the site refused gives the permission back and saves nothing', async () => {
    const h = await start();
    const options = await h.connect({ key: MOCK_KEYS.revoked });
    await options.getByText(inLocale(h.lang, () => tOptions('notSaved')), { exact: true }).waitFor();
    expect(await h.accounts()).toEqual([]);
    expect(await released(h)).toEqual([PATTERN]);
  });
});

declare const chrome: typeof import('@wxt-dev/browser').Browser;
