import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onInstalled } from '../../../entrypoints/background/onboarding';

describe('first run', () => {
  it('installing opens the options page (its guide says what to do first); an update or a browser update does not', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await onInstalled({ reason: 'update' });
    await onInstalled({ reason: 'chrome_update' });
    expect(open).not.toHaveBeenCalled();
    await onInstalled({ reason: 'install' });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('a page that cannot open (a rejection, or a throw) does not stop the install handler', async () => {
    vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockRejectedValue(new Error('no window'));
    await expect(onInstalled({ reason: 'install' })).resolves.toBeUndefined();
    vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockImplementation(() => { throw new Error('not implemented'); });
    await expect(onInstalled({ reason: 'install' })).resolves.toBeUndefined();
  });
});
