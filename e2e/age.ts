/**
 * Time passing for saved data: Chromium's clock cannot be moved, so the account's last successful
 * update is moved back instead (what the popup would see that much later).
 */
import type { Browser } from '@wxt-dev/browser';
import type { Harness } from './harness';

declare const chrome: typeof Browser;

export async function ageLastSuccess(h: Harness, accountId: string, ms: number): Promise<void> {
  await h.sw.evaluate(async ({ key, ms }) => {
    const { [key]: cache } = (await chrome.storage.local.get(key)) as Record<string, { lastSuccessAt: number }>;
    await chrome.storage.local.set({ [key]: { ...cache, lastSuccessAt: cache!.lastSuccessAt - ms } });
  }, { key: `cache:${accountId}`, ms });
}
