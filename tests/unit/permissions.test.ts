import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasOrigin, originPattern, releaseOrigin, requestOrigin } from '../../utils/permissions';

function stubPermissions(granted = true) {
  const request = vi.fn(async (_p: { origins?: string[] }) => granted);
  const contains = vi.fn(async (_p: { origins?: string[] }) => granted);
  const remove = vi.fn(async (_p: { origins?: string[] }) => true);
  Object.assign(fakeBrowser.permissions, { request, contains, remove });
  return { request, contains, remove };
}

describe('originPattern', () => {
  it('makes a match pattern for exactly the host, without the port', () => {
    expect(originPattern('https://exchanger.com')).toBe('https://exchanger.com/*');
    expect(originPattern('https://exchanger.com:8443')).toBe('https://exchanger.com/*');
    expect(originPattern('http://127.0.0.1:43123')).toBe('http://127.0.0.1/*');
    expect(originPattern('http://[::1]:8080')).toBe('http://[::1]/*');
    expect(originPattern('https://xn--80ak6aa92e.com')).toBe('https://xn--80ak6aa92e.com/*');
  });
});

describe('permission wrappers', () => {
  it('requests exactly the origin pattern and answers the browser’s choice', async () => {
    const { request } = stubPermissions(false);
    expect(await requestOrigin('https://exchanger.com')).toBe(false);
    expect(request).toHaveBeenCalledWith({ origins: ['https://exchanger.com/*'] });
  });

  it('calls permissions.request synchronously (the user gesture must still be live)', () => {
    const { request } = stubPermissions();
    void requestOrigin('https://exchanger.com');
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('treats a failing request (origin outside the manifest) as refused', async () => {
    Object.assign(fakeBrowser.permissions, { request: vi.fn(async () => { throw new Error('not allowed'); }) });
    expect(await requestOrigin('https://exchanger.com')).toBe(false);
  });

  it('checks access with contains', async () => {
    const { contains } = stubPermissions(true);
    expect(await hasOrigin('https://a.example:444')).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://a.example/*'] });
  });

  it('releases an origin no remaining account uses', async () => {
    const { remove } = stubPermissions();
    expect(await releaseOrigin('https://a.example', [{ origin: 'https://b.example' }])).toBe(true);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://a.example/*'] });
  });

  it('keeps an origin another account still needs (same host, any port)', async () => {
    const { remove } = stubPermissions();
    expect(await releaseOrigin('https://a.example', [{ origin: 'https://a.example' }])).toBe(false);
    expect(await releaseOrigin('http://127.0.0.1:4000', [{ origin: 'http://127.0.0.1:5000' }])).toBe(false);
    expect(remove).not.toHaveBeenCalled();
  });
});
