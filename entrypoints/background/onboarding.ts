/**
 * The first run: nothing works before a site is connected, so installing the extension opens the
 * options page, whose guide (components/options/HelpBlock.tsx) says the two steps. Updates and
 * browser starts only sync (./lifecycle.ts).
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { onWake } from './lifecycle';

export async function onInstalled(details: Pick<Browser.runtime.InstalledDetails, 'reason'>): Promise<void> {
  // Opened first and on its own: a failing first sync must not keep the page closed.
  // A page that cannot open (a browser that refuses, a test double) must not stop the start either.
  if (details.reason === 'install') await Promise.resolve().then(() => browser.runtime.openOptionsPage()).catch(() => undefined);
  await onWake();
}
