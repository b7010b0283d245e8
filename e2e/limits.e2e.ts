/**
 * Issue 14's limits in a real Chromium: a 200 MiB body, endless pagination and a slow drip per page
 * cannot break the popup. Each time it still opens, shows the last good balance (quietly marked
 * while fresh; out of date with one clear message once older than twice the interval). The sync deadline is shortened through the e2e build's hook (run.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inLocale, sameSpaces, useHarness, type Harness } from './harness';
import { ageLastSuccess } from './age';
import { formatMoney } from '../utils/format';
import { tPopup } from '../entrypoints/popup/texts';
import { tPopupDetails } from '../entrypoints/popup/texts-details';
import { errorText, type ErrorLike } from '../utils/i18n/errors';

const start = useHarness();

async function balanceText(h: Harness): Promise<string> {
  const { summary } = await h.mockState();
  return sameSpaces(inLocale(h.lang, () => formatMoney(summary.attributes.balance, summary.attributes.iso_code)));
}

const balanceOf = (h: Harness, popup: Page) => async () =>
  sameSpaces(await popup.getByLabel(inLocale(h.lang, () => tPopup('balance')), { exact: true }).innerText());

/** Connect, note the balance, queue `fault`, refresh from the popup, then check a freshly opened popup too. */
async function survives(h: Harness, fault: Record<string, unknown>, error: ErrorLike, deadlineMs?: number): Promise<void> {
  const { accountId } = await h.connectAndSync();
  if (deadlineMs !== undefined) {
    await h.sw.evaluate(
      (routineMs) => (globalThis as unknown as { iexSetSyncDeadlines(d: object): void }).iexSetSyncDeadlines({ routineMs }),
      deadlineMs,
    );
  }
  const cached = await balanceText(h);
  await h.control('POST', 'exchanges', { count: 2 }); // the site's balance moves on; the cached one must stay
  await h.control('POST', 'faults', fault);
  const popup = await h.openPopup();
  await expect.poll(balanceOf(h, popup)).toBe(cached);
  const before = (await h.cache(accountId))!.lastSyncAt;
  await popup.getByRole('button', { name: inLocale(h.lang, () => tPopupDetails('refresh')), exact: true }).click();
  await h.until(() => h.cache(accountId), (c) => c?.lastSyncAt !== before && c?.lastError != null, 'the failed sync', 45_000);
  // On fresh data a passing trouble (a timeout) is only a small mark; a broken answer says the update failed.
  const d = (key: 'retrying' | 'updateFailed') => inLocale(h.lang, () => tPopupDetails(key));
  await popup.getByText(d(error.kind === 'timeout' ? 'retrying' : 'updateFailed'), { exact: true }).waitFor();
  // The data ages past twice the interval (the saved success moved back two hours): now out of date, explained.
  await ageLastSuccess(h, accountId, 2 * 3_600_000);

  const text = inLocale(h.lang, () => errorText(error));
  for (const page of [popup, await h.openPopup()]) {
    await page.getByText(inLocale(h.lang, () => tPopupDetails('stale')), { exact: true }).waitFor();
    const notes = page.locator('.note-error');
    await expect.poll(async () => sameSpaces(await notes.innerText())).toContain(sameSpaces(text.message));
    expect(await notes.count()).toBe(1);
    expect(await balanceOf(h, page)()).toBe(cached);
  }
  expect(h.pageErrors).toEqual([]);
}

describe('limits in the browser', () => {
  it('a 200 MiB body: refused at 4 MB; the popup opens with the last good balance and one message', async () => {
    const h = await start();
    await survives(h, { mode: 'hugeBody', count: 10 }, { kind: 'badResponse', limit: 'body' });
  });

  it('endless pagination: the sync deadline ends it; last good balance and one message', async () => {
    const h = await start();
    await survives(h, { mode: 'endless', count: 1_000_000, path: 'exchanges' }, { kind: 'timeout' }, 500);
  });

  it('a slow drip on every page: the sync deadline ends it; last good balance and one message', async () => {
    const h = await start();
    // Each answer drips for longer than the deadline (the three requests of a sync run at once).
    await survives(h, { mode: 'drip', delayMs: 5000, count: 1000 }, { kind: 'timeout' }, 3000);
  });
});
