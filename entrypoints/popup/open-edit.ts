/**
 * The popup's "Enter a new key" / "Open settings": show one account's edit form
 * (`options.html#edit=<id>`) in the options tab already open, else in a new tab, so repeated clicks
 * do not pile up options tabs. The open tab follows the new hash (components/options/useEditLink.ts).
 *
 * The open tab is found with runtime.getContexts (Chrome 116+, Firefox 128+), which lists the
 * extension's own pages with their tab and window and needs no permission. tabs.query({ url }) would
 * need the "tabs" permission (Chrome ignores the filter without it, Firefox throws), an install
 * warning for every user. Where getContexts is missing (Chrome 107–115) a new tab opens, as before.
 * Loaded on click only: nothing here weighs on the popup's first paint.
 */
import { browser } from 'wxt/browser';
import { editHash } from '../../utils/edit-link';

/** What this module reads of a runtime.getContexts() entry. */
export interface PageContext {
  contextType: string;
  documentUrl?: string;
  frameId: number;
  tabId: number;
  windowId: number;
}

/**
 * The options tab to reuse: a top-level tab (not the options embedded in chrome://extensions, a
 * frame) whose document is the options page, whatever its hash. Null when none is open. Pure.
 */
export function openOptionsTab(contexts: PageContext[], optionsUrl: string): { tabId: number; windowId: number } | null {
  const found = contexts.find((c) => c.contextType === 'TAB' && c.frameId === 0 && c.tabId >= 0
    && c.documentUrl !== undefined && c.documentUrl.split('#')[0] === optionsUrl);
  return found ? { tabId: found.tabId, windowId: found.windowId } : null;
}

async function openTabs(): Promise<PageContext[]> {
  const runtime = browser.runtime as { getContexts?: (filter: object) => Promise<PageContext[]> };
  if (typeof runtime.getContexts !== 'function') return [];
  try {
    return await runtime.getContexts({ contextTypes: ['TAB'] });
  } catch {
    return [];
  }
}

export async function openEditForm(accountId: string): Promise<void> {
  const optionsUrl = browser.runtime.getURL('/options.html');
  const url = optionsUrl + editHash(accountId);
  const tab = openOptionsTab(await openTabs(), optionsUrl);
  if (!tab) {
    await browser.tabs.create({ url });
    return;
  }
  // Only the hash changes: the page stays, its hashchange opens the form.
  await browser.tabs.update(tab.tabId, { url, active: true });
  // Firefox for Android has no windows API; there the tab is all there is.
  if (browser.windows) await browser.windows.update(tab.windowId, { focused: true });
}
