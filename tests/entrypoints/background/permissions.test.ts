import { describe, expect, it } from 'vitest';
import { releaseOrigin, releaseUnusedOrigins, whileConnecting } from '../../../entrypoints/background/permissions';
import { accountsItem } from '../../../utils/storage/items';
import { installFakePermissions, permissions } from '../../fake-permissions';
import type { Account } from '../../../utils/model';

const account = (id: string, origin: string): Account => ({ id, origin, layout: 'v2', key: 'k', label: id, addedAt: 1 });
const grant = (...origins: string[]) => permissions.request({ origins });

describe('giving site access back', () => {
  it('releases an origin no account uses', async () => {
    await grant('https://a.example/*');
    await accountsItem.set([account('b', 'https://b.example')]);
    expect(await releaseOrigin('https://a.example')).toBe(true);
    expect(permissions.granted.has('https://a.example/*')).toBe(false);
  });

  it('keeps an origin an account still needs (same host, any port)', async () => {
    await grant('https://a.example/*', 'http://127.0.0.1/*');
    await accountsItem.set([account('a', 'https://a.example'), account('m', 'http://127.0.0.1:5000')]);
    expect(await releaseOrigin('https://a.example')).toBe(false);
    expect(await releaseOrigin('http://127.0.0.1:4000')).toBe(false);
    expect(permissions.remove).not.toHaveBeenCalled();
  });

  it('keeps an origin while a Connect is checking it', async () => {
    await grant('https://a.example/*');
    let during: boolean | null = null;
    await whileConnecting('https://a.example', async () => {
      during = await releaseOrigin('https://a.example');
    });
    expect(during).toBe(false);
    expect(await releaseOrigin('https://a.example')).toBe(true);
  });

  it('releaseUnusedOrigins: every granted site no account uses goes (an abandoned Connect); required hosts stay', async () => {
    installFakePermissions(['http://127.0.0.1/*']);
    await grant('https://left.example/*', 'https://used.example/*');
    await accountsItem.set([account('u', 'https://used.example')]);
    expect(await releaseUnusedOrigins()).toEqual(['https://left.example/*']);
    expect([...permissions.granted].sort()).toEqual(['http://127.0.0.1/*', 'https://used.example/*']);
  });
});
