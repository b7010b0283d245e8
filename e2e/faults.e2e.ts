/**
 * The site failing while connected: an nginx HTML 502, then a 429 with Retry-After. On fresh data
 * the popup only marks it ("Retrying soon"); once the data is older than twice the interval it
 * keeps showing the cached balance, marked out of date, with a plain message and what to do;
 * once the site answers again, a refresh brings fresh data and clears the marks.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inLocale, sameSpaces, useHarness, type Harness } from './harness';
import { ageLastSuccess } from './age';
import { formatMoney } from '../utils/format';
import { tPopup } from '../entrypoints/popup/texts';
import { tPopupDetails } from '../entrypoints/popup/texts-details';
import { errorText } from '../utils/i18n/errors';

const start = useHarness();

async function balanceText(h: Harness): Promise<string> {
  const { summary } = await h.mockState();
  return sameSpaces(inLocale(h.lang, () => formatMoney(summary.attributes.balance, summary.attributes.iso_code)));
}

function popupParts(h: Harness, popup: Page) {
  const t = (key: 'stale' | 'refresh' | 'staleNote' | 'retrying') => inLocale(h.lang, () => tPopupDetails(key));
  return {
    balance: async () => sameSpaces(await popup.getByLabel(inLocale(h.lang, () => tPopup('balance')), { exact: true }).innerText()),
    staleChip: popup.getByText(t('stale'), { exact: true }),
    staleNote: popup.getByText(t('staleNote'), { exact: true }),
    errorNote: popup.locator('.note-error'),
    refresh: () => popup.getByRole('button', { name: t('refresh'), exact: true }).click(),
  };
}

async function expectStaleWith(h: Harness, popup: Page, cached: string, text: { message: string; action: string }) {
  const parts = popupParts(h, popup);
  await parts.staleChip.waitFor();
  await parts.staleNote.waitFor();
  await expect.poll(async () => sameSpaces(await parts.errorNote.innerText())).toContain(sameSpaces(text.message));
  expect(sameSpaces(await parts.errorNote.innerText())).toContain(sameSpaces(text.action));
  expect(await parts.errorNote.innerText()).toMatch(/Request ID: \S+/);
  expect(await parts.balance()).toBe(cached);
}

describe('faults while connected', () => {
  it('HTML 502, then 429 with Retry-After: cached balance marked stale with the error; recovery clears it', async () => {
    const h = await start();
    const { accountId } = await h.connectAndSync();
    const cached = await balanceText(h);
    const popup = await h.openPopup();
    const parts = popupParts(h, popup);
    await expect.poll(parts.balance).toBe(cached);
    expect(await parts.staleChip.count()).toBe(0);

    // Exchanges arrive meanwhile, so the balance the site would show is not the cached one.
    await h.control('POST', 'exchanges', { count: 2 });
    const fresh = await balanceText(h);
    expect(fresh).not.toBe(cached);

    await h.control('POST', 'faults', { mode: '502html', count: 10 });
    await parts.refresh();
    // A passing 5xx on data younger than twice the interval stays quiet: a small mark, no note.
    await popup.getByText(inLocale(h.lang, () => tPopupDetails('retrying')), { exact: true }).waitFor();
    expect(await parts.errorNote.count()).toBe(0);
    expect(await parts.staleChip.count()).toBe(0);
    expect(await parts.balance()).toBe(cached);
    // The data ages past twice the interval (the saved success moved back two hours: Chromium's clock cannot be).
    await ageLastSuccess(h, accountId, 2 * 3_600_000);
    await parts.refresh();
    await expectStaleWith(h, popup, cached, inLocale(h.lang, () => errorText({ kind: 'server' })));
    expect(await popup.locator('body').innerText()).not.toMatch(/nginx|Bad Gateway|<html/i);

    await h.control('DELETE', 'faults');
    await h.control('POST', 'faults', { mode: '429', retryAfter: 120, count: 10 });
    await parts.refresh();
    await expectStaleWith(h, popup, cached, inLocale(h.lang, () => errorText({ kind: 'rateLimited', retryAfterSeconds: 120 })));

    await h.control('DELETE', 'faults');
    await parts.refresh();
    await expect.poll(parts.balance).toBe(fresh);
    await expect.poll(() => parts.staleChip.count()).toBe(0);
    await expect.poll(() => parts.errorNote.count()).toBe(0);
  });
});
