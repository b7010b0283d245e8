import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasOrigin, requestOrigin } from '../../../entrypoints/options/permissions';
import { permissions } from '../../fake-permissions';

describe('asking for a site', () => {
  it('requests exactly the origin pattern and answers the browser’s choice', async () => {
    permissions.answer = false;
    expect(await requestOrigin('https://exchanger.com:444')).toBe(false);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://exchanger.com/*'] });
    permissions.answer = true;
    expect(await requestOrigin('https://exchanger.com')).toBe(true);
    expect(await hasOrigin('https://exchanger.com:8443')).toBe(true);
    expect(await hasOrigin('https://other.example')).toBe(false);
  });

  it('calls permissions.request synchronously (the user gesture must still be live)', () => {
    void requestOrigin('https://exchanger.com');
    expect(permissions.request).toHaveBeenCalledTimes(1);
  });

  it('treats a failing request (origin outside the manifest) as refused', async () => {
    Object.assign(fakeBrowser.permissions, { request: vi.fn(async () => { throw new Error('not allowed'); }) });
    expect(await requestOrigin('https://exchanger.com')).toBe(false);
  });
});
