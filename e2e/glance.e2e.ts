/**
 * Issue 16 in a real Chromium: the figures under the balance add up on the mock's data, a site
 * that never answered is "not loaded yet" (never "no exchanges yet") with downloads waiting, and
 * the first update shows the balance the connect check read.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inLocale, sameSpaces, useHarness, type Harness } from './harness';
import { formatMoney } from '../utils/format';
import { tPopup } from '../entrypoints/popup/texts';
import { tPopupDetails } from '../entrypoints/popup/texts-details';
import { tFigures } from '../entrypoints/popup/texts-figures';
import { tOptions } from '../entrypoints/options/texts';
import { errorText } from '../utils/i18n/errors';

const start = useHarness();

const cents = (amount: string | number) => Math.round(Number(amount) * 100);

/** The rows of the sum under the balance, as [label, amount text]. */
async function sumRows(popup: Page): Promise<[string, string][]> {
  const rows = popup.locator('.sum > div');
  await rows.nth(3).waitFor();
  return rows.evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')!.textContent!, d.querySelector('dd')!.textContent!] as [string, string]));
}

async function figuresAddUp(h: Harness) {
  await h.connectAndSync();
  const { summary, withdrawals } = await h.mockState();
  const unpaid = withdrawals.filter((p) => p.attributes.payout_status === 'unpaid');
  const sum = (rows: typeof withdrawals) => rows.reduce((total, p) => total + cents(p.attributes.charged_amount.amount), 0);
  const available = cents(summary.attributes.balance);
  const awaiting = sum(unpaid);
  const paid = sum(withdrawals.filter((p) => p.attributes.payout_status === 'paid'));
  const earned = cents(summary.attributes.totals.balance);
  expect(unpaid.length).toBeGreaterThan(0);
  // The identity on the site's own data, then what the popup shows for it.
  expect(available + awaiting + paid).toBe(earned);

  const popup = await h.openPopup();
  const money = (c: number) => sameSpaces(inLocale(h.lang, () => formatMoney(c / 100, summary.attributes.iso_code)));
  const label = inLocale(h.lang, () => ({
    available: tFigures('available'),
    awaiting: tFigures('awaiting', { count: unpaid.length }),
    paidOut: tFigures('paidOut'),
    earned: tFigures('earned'),
  }));
  const rows = (await sumRows(popup)).map(([l, a]) => [sameSpaces(l), sameSpaces(a)]);
  expect(rows).toEqual([
    [label.available, money(available)],
    [`+${label.awaiting}`, money(awaiting)],
    [`+${label.paidOut}`, money(paid)],
    [`=${label.earned}`, money(earned)],
  ]);
  // Nothing to warn about: the mock's figures reconcile.
  expect(await popup.locator('.figures-note').count()).toBe(0);
}

describe('figures that add up', () => {
  it('available + awaiting payout + paid out = earned, as the popup shows it (en)', async () => {
    await figuresAddUp(await start({ lang: 'en-US' }));
  });

  it('the same in Russian', async () => {
    await figuresAddUp(await start({ lang: 'ru' }));
  });
});

describe('honest states', () => {
  it('"Save anyway" on a site that never answered: not loaded yet with why, no "no exchanges", downloads wait', async () => {
    const h = await start();
    await h.control('POST', 'faults', { mode: 'refused', count: 1000 });
    const options = await h.connect();
    const t = (key: 'saveAnyway') => inLocale(h.lang, () => tOptions(key));
    await options.getByRole('button', { name: t('saveAnyway'), exact: true }).click();
    const [account] = await h.until(() => h.accounts(), (list) => list.length === 1, 'the saved account');
    await h.until(() => h.cache(account!.id), (cache) => cache?.lastError != null, 'the failed first sync');

    const popup = await h.openPopup();
    const d = (key: Parameters<typeof tPopupDetails>[0]) => inLocale(h.lang, () => tPopupDetails(key));
    await popup.getByText(d('notLoaded'), { exact: true }).waitFor();
    const network = inLocale(h.lang, () => errorText({ kind: 'network' }));
    await popup.getByText(network.message, { exact: true }).waitFor();
    expect(await popup.getByText(d('noExchanges')).count()).toBe(0);
    expect(await popup.getByText(d('noPayouts')).count()).toBe(0);
    const csv = popup.getByRole('button', { name: d('exchangesCsv'), exact: true });
    expect(await csv.getAttribute('aria-disabled')).toBe('true');
    // Focus stays on it and nothing downloads.
    await csv.focus();
    await popup.keyboard.press('Enter');
    await csv.click({ force: true }); // Playwright itself refuses an aria-disabled button; a user's click is not refused.
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe(d('exchangesCsv'));
    expect(await popup.getByText(d('preparing')).count()).toBe(0);
    await popup.getByText(d('exportNotYet'), { exact: true }).waitFor();
  });

  it('the first update shows the balance the connect check read, while the lists are on their way', async () => {
    const h = await start();
    // The lists answer slowly: the first sync is still running when the popup opens.
    await h.control('POST', 'faults', { mode: 'slow', delayMs: 6000, count: 2, path: 'exchanges' });
    await h.connect();
    const [account] = await h.until(() => h.accounts(), (list) => list.length === 1, 'the saved account');
    const popup = await h.openPopup();
    const { summary } = await h.mockState();
    const balance = sameSpaces(inLocale(h.lang, () => formatMoney(summary.attributes.balance, summary.attributes.iso_code)));
    const shown = popup.getByLabel(inLocale(h.lang, () => tPopup('balance')), { exact: true });
    await expect.poll(async () => sameSpaces(await shown.innerText())).toBe(balance);
    // Still the first update: nothing synced yet, and the popup says what it is doing.
    expect((await h.cache(account!.id))?.lastSuccessAt ?? null).toBeNull();
    await popup.getByText(inLocale(h.lang, () => tPopupDetails('loadingLists')), { exact: true }).waitFor();
    expect(await popup.getByText(inLocale(h.lang, () => tPopup('firstSync'))).count()).toBe(0);
    // Then the sync lands and the figures follow.
    await h.until(() => h.cache(account!.id), (cache) => cache?.lastSuccessAt != null, 'the first sync', 30_000);
    await popup.locator('.sum > div').nth(3).waitFor();
  });
});

describe('a way to the site', () => {
  it('"Open the site" in the popup and in the options list opens the account’s site in a new tab', async () => {
    const h = await start();
    const { options } = await h.connectAndSync();
    const popup = await h.openPopup();
    const host = new URL(h.mock.url).host;
    const fromPopup = popup.getByRole('link', { name: inLocale(h.lang, () => tPopupDetails('openSite', { host })), exact: true });
    for (const link of [fromPopup, options.getByRole('link', { name: inLocale(h.lang, () => tOptions('openSite')), exact: true })]) {
      expect(await link.getAttribute('rel')).toContain('noopener');
      const [tab] = await Promise.all([h.browser.context.waitForEvent('page'), link.click()]);
      await tab.waitForLoadState('domcontentloaded');
      expect(new URL(tab.url()).origin).toBe(new URL(h.mock.url).origin);
      // Opened without an opener: the site gets no handle on the extension's page.
      expect(await tab.evaluate(() => window.opener)).toBeNull();
      await tab.close();
    }
  });
});

describe('from the error to its fix', () => {
  it('a refused key (401): "Enter a new key" in the popup opens the options at that account’s form, key field focused; an open options tab is reused', async () => {
    const h = await start();
    const { options, accountId } = await h.connectAndSync({ label: 'Refused' });
    await options.close();
    await h.control('POST', 'faults', { mode: '401', count: 50 });
    await h.syncByAlarm(accountId);
    const popup = await h.openPopup();
    const button = popup.getByRole('button', { name: inLocale(h.lang, () => tPopupDetails('enterKey')), exact: true });
    const [tab] = await Promise.all([h.browser.context.waitForEvent('page'), button.click()]);
    await tab.waitForLoadState('domcontentloaded');
    expect(new URL(tab.url()).pathname).toBe('/options.html');
    const form = tab.getByRole('form', { name: inLocale(h.lang, () => tOptions('editHeading', { label: 'Refused' })), exact: true });
    await form.waitFor();
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('api-key');
    // The hash is dropped once followed: a reload shows the page, not the form again.
    expect(new URL(tab.url()).hash).toBe('');
    // Again with that options tab open: the same tab follows the new hash, no second tab opens.
    await tab.evaluate(() => addEventListener('hashchange', () => { document.body.dataset.followed = 'yes'; }));
    const pages = h.browser.context.pages().length;
    await button.click();
    await expect.poll(() => tab.evaluate(() => document.body.dataset.followed)).toBe('yes');
    await expect.poll(() => tab.evaluate(() => location.hash)).toBe('');
    await form.waitFor();
    expect(h.browser.context.pages().length).toBe(pages);
    await tab.close();
  });
});
