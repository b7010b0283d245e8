/**
 * The first run: nothing works before a site is connected, so installing the extension opens the
 * options page, whose guide (components/options/HelpBlock.tsx) says the two steps. Updates and
 * browser starts only sync (./lifecycle.ts).
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { onWake } from './lifecycle';

export async function onInstalled(details: Pick<Browser.runtime.InstalledDetails, 'reason'>): Promise<void> {
  if (details.reason === 'install') {
    // Opened first, and its failure (a browser with no window yet) must not stop the first sync.
    try {
      await browser.runtime.openOptionsPage();
    } catch {
      // Nothing to do: the popup invites to connect a site too.
    }
  }
  await onWake();
}
