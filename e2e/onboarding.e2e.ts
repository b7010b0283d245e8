/**
 * Issue 16.7: installing the extension opens the options page in a tab of its own, with the
 * two-step guide; after the first Connect, a hint to pin the icon, closed for good with "Got it".
 */
import { describe, expect, it } from 'vitest';
import { inLocale, useHarness } from './harness';
import { waitConnected } from './ui';
import { tOnboarding } from '../entrypoints/options/texts-onboarding';
import { tOptions } from '../entrypoints/options/texts';

const start = useHarness();

describe('first run', () => {
  it.each(['en-US', 'ru'] as const)('%s: install opens the options page with the guide; after Connect the pin hint, remembered once closed', async (lang) => {
    const h = await start({ lang, keepInstallTab: true });
    const g = (key: Parameters<typeof tOnboarding>[0]) => inLocale(lang, () => tOnboarding(key));
    // Nobody opened it: the background did, on runtime.onInstalled (reason "install"); the
    // launch waited for a tab at chrome-extension://<id>/options.html (scripts/chromium.ts).
    const page = h.browser.installTab;
    expect(page, 'the options tab opened on install').not.toBeNull();
    expect(page!.url()).toBe(`chrome-extension://${h.browser.extensionId}/options.html`);
    const guide = page!.getByRole('complementary', { name: g('guideHeading') });
    await guide.waitFor();
    expect(await guide.getByRole('listitem').allTextContents()).toEqual([
      `${g('guideAddressTitle')} ${g('guideAddress')}`,
      `${g('guideKeyTitle')} ${g('guideKey')}`,
    ]);
    const pin = page!.getByRole('region', { name: g('pinHeading') });
    expect(await pin.count()).toBe(0);

    await h.connect({ page: page! });
    await waitConnected(page!);
    await pin.waitFor();
    expect(await pin.textContent()).toContain(g('pinChrome'));
    await pin.getByRole('button', { name: g('pinDismiss') }).click();
    await pin.waitFor({ state: 'detached' });
    await page!.reload();
    await page!.getByRole('button', { name: inLocale(lang, () => tOptions('addAnother')) }).waitFor();
    expect(await pin.count()).toBe(0);
  });
});
