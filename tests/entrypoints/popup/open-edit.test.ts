import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { openEditForm, openOptionsTab, type PageContext } from '../../../entrypoints/popup/open-edit';

const OPTIONS = 'chrome-extension://id/options.html';
const tab = (documentUrl: string, tabId: number, extra: Partial<PageContext> = {}): PageContext =>
  ({ contextType: 'TAB', documentUrl, frameId: 0, tabId, windowId: 7, ...extra });

describe('the options tab to reuse', () => {
  it('is a top-level tab showing the options page, whatever its hash', () => {
    expect(openOptionsTab([tab('chrome-extension://id/popup.html', 1), tab(`${OPTIONS}#edit=b`, 2)], OPTIONS))
      .toEqual({ tabId: 2, windowId: 7 });
    expect(openOptionsTab([tab(OPTIONS, 3, { windowId: 9 })], OPTIONS)).toEqual({ tabId: 3, windowId: 9 });
  });

  it('is none for other pages, the options embedded in chrome://extensions, or no tab', () => {
    expect(openOptionsTab([], OPTIONS)).toBeNull();
    expect(openOptionsTab([tab('chrome-extension://id/privacy.html', 1)], OPTIONS)).toBeNull();
    expect(openOptionsTab([tab(OPTIONS, 1, { frameId: 4 })], OPTIONS)).toBeNull();
    expect(openOptionsTab([tab(OPTIONS, -1, { contextType: 'POPUP' })], OPTIONS)).toBeNull();
  });
});

describe('opening an account\'s edit form', () => {
  it('moves an open options tab to the form and focuses its window, opening no new tab', async () => {
    const optionsUrl = browser.runtime.getURL('/options.html');
    const getContexts = vi.fn().mockResolvedValue([tab(`${optionsUrl}#edit=old`, 5, { windowId: 3 })]);
    (browser.runtime as unknown as { getContexts: unknown }).getContexts = getContexts;
    const create = vi.spyOn(browser.tabs, 'create');
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue(undefined as never);
    const focus = vi.spyOn(browser.windows, 'update').mockResolvedValue(undefined as never);
    try {
      await openEditForm('a b');
    } finally {
      delete (browser.runtime as unknown as { getContexts?: unknown }).getContexts;
    }
    expect(getContexts).toHaveBeenCalledWith({ contextTypes: ['TAB'] });
    expect(update).toHaveBeenCalledWith(5, { url: `${optionsUrl}#edit=a%20b`, active: true });
    expect(focus).toHaveBeenCalledWith(3, { focused: true });
    expect(create).not.toHaveBeenCalled();
  });

  it('opens a new tab when none is open or the browser cannot list its pages', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue(undefined as never);
    const update = vi.spyOn(browser.tabs, 'update');
    await openEditForm('a');
    expect(create).toHaveBeenCalledWith({ url: `${browser.runtime.getURL('/options.html')}#edit=a` });
    expect(update).not.toHaveBeenCalled();
  });
});
