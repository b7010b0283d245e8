/**
 * Issue 16.5 and 17.3 in real Chromium: two sites, one refusing its key (badge, tooltip line per
 * site, tab marks and counts that clear when viewed, the total), and the badge figure switched in
 * the options (new count → today's earnings → nothing).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from '@wxt-dev/browser';
import { MOCK_KEYS, inLocale, useHarness, type Harness } from './harness';
import { submitConnect, waitConnected } from './ui';
import { mockControl } from './shared/driver';
import { startMockServer } from '../scripts/mock-server/server';
import { tOptions } from '../entrypoints/options/texts';
import { tOnboarding } from '../entrypoints/options/texts-onboarding';
import { tb } from '../entrypoints/background/texts';
import { tTabs } from '../entrypoints/popup/texts-tabs';
import { compactAmount } from '../entrypoints/background/compact';

declare const chrome: typeof Browser;

const start = useHarness();

const tooltip = (h: Harness) => h.sw.evaluate(() => chrome.action.getTitle({}));
const tabNames = (popup: Page) =>
  popup.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('aria-label') ?? tab.textContent));

describe('two sites, one failing', () => {
  it('badge counts both, the tooltip has a line per site, tabs carry counts and marks; a viewed tab loses its count', async () => {
    const h = await start();
    const second = await startMockServer({ quiet: true, seed: 2, port: 0 });
    try {
      const secondControl = mockControl(second);
      const longLabel = 'Beta exchange with a rather long label';
      const { options, accountId: alpha } = await h.connectAndSync({ label: 'Alpha' });
      await options.getByRole('button', { name: tOptions('addAnother') }).click();
      await submitConnect(options, { address: second.url, key: MOCK_KEYS.full, label: longLabel });
      await waitConnected(options);
      const beta = (await h.until(() => h.accounts(), (list) => list.length === 2, 'the second account'))[1]!.id;
      await h.until(() => h.cache(beta), (cache) => cache?.lastSuccessAt != null, 'the second site’s first sync');

      // Beta: 2 new bonuses arrive, then its key is revoked. Alpha: 3 new.
      await secondControl('POST', 'exchanges', { count: 2 });
      await h.syncByAlarm(beta);
      await h.until(() => h.badge(), (text) => text === '2', 'badge "2"');
      await secondControl('POST', 'faults', { mode: '401', count: 1000 });
      await h.control('POST', 'exchanges', { count: 3 });
      await h.fireSyncAlarm();
      await h.until(() => h.cache(beta), (cache) => cache?.lastError?.kind === 'unauthorized', 'the refused key');
      await h.until(() => h.cache(alpha), (cache) => (cache?.arrivals.length ?? 0) === 3, 'Alpha’s 3 arrivals');

      // The refused key turns the badge red but hides neither site's count.
      await h.until(() => h.badge(), (text) => text === '5', 'badge "5"');
      const lines = (await h.until(() => tooltip(h), (title) => title.includes(longLabel), 'the tooltip')).split('\n');
      expect(lines[0]).toBe('iEX Partner');
      expect(lines[1]).toMatch(/^Alpha — ₽[\d,.]+ · 3 new$/);
      expect(lines[2]).toBe(tb('unauthorized', { label: longLabel }));
      expect(lines[3]).toBe('5 new referral bonuses');
      expect(lines).toHaveLength(4);

      const popup = await h.openPopup();
      await popup.getByRole('tab').nth(1).waitFor();
      const betaWithCount = `${longLabel}, 2 new, ${tTabs('keyProblem')}`;
      expect(await tabNames(popup)).toEqual(['Alpha', betaWithCount]);
      expect((await popup.getByRole('tab', { name: betaWithCount }).textContent())?.replace(longLabel, '')).toBe('2!');
      // One row, however long the label: both tabs at the same height.
      const [a, b] = await popup.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().top));
      expect(a).toBe(b);
      await popup.getByText(/^Total on 2 sites: ₽[\d,.]+$/).waitFor();

      // Viewing Beta clears its count, and it stays cleared after going back.
      await popup.getByRole('tab', { name: betaWithCount }).click();
      await popup.getByRole('tab', { name: 'Alpha' }).click();
      await expect.poll(() => tabNames(popup)).toEqual(['Alpha', `${longLabel}, ${tTabs('keyProblem')}`]);
      await h.until(() => h.badge(), (text) => text === '!', 'badge "!" once everything is seen');
    } finally {
      await second.close();
    }
  });
});

describe('what the badge shows', () => {
  it("switching the setting in the options changes the badge: new count → today's earnings → nothing → back", async () => {
    const h = await start();
    const { options, accountId } = await h.connectAndSync();
    await h.control('POST', 'exchanges', { count: 3, amount: '5000' });
    await h.syncByAlarm(accountId);
    await h.until(() => h.badge(), (text) => text === '3', 'badge "3"');

    const select = options.getByLabel(tOnboarding('badgeLabel'), { exact: true });
    await select.selectOption('today');
    const badge = await h.until(() => h.badge(), (text) => /k$/.test(text), "today's earnings on the badge");
    // The tooltip has the full figure the badge shortens: at least the 3 × 5 000 that arrived now.
    const title = await tooltip(h);
    const line = title.split('\n').find((l) => l.startsWith('Earned today: '))!;
    const amount = Number(line.replace(/[^\d.]/g, ''));
    expect(amount).toBeGreaterThanOrEqual(15_000);
    expect(badge).toBe(compactAmount(amount));

    await select.selectOption('none');
    await h.until(() => h.badge(), (text) => text === '', 'no text on the badge');
    expect(await tooltip(h)).toContain('3 new referral bonuses');
    await select.selectOption('new');
    await h.until(() => h.badge(), (text) => text === '3', 'badge "3" again');
  });
});
