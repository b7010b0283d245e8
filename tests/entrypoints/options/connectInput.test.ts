import { describe, expect, it } from 'vitest';
import { checkForm, hostOf } from '../../../entrypoints/options/connectInput';
import type { Account } from '../../../utils/model';

const KEY = '1|someKey000000000000000000000001';
const existing: Account = { id: 'a1', origin: 'https://exchanger.com', layout: 'v2', key: KEY, label: 'Main', addedAt: 1 };

describe('checkForm (the connect form, before any prompt or message)', () => {
  it('a new account: the origin normalised, the key trimmed, the host as default label, to be checked', () => {
    expect(checkForm({ address: ' HTTPS://Exchanger.com/account ', key: ` ${KEY}\n`, label: ' ' }, null, [])).toEqual({
      ok: true, draft: { origin: 'https://exchanger.com', key: KEY, label: 'exchanger.com', host: 'exchanger.com', test: true },
    });
  });

  it('field errors for a bad address and a missing or spaced key, in one go', () => {
    const result = checkForm({ address: 'http://exchanger.com', key: '', label: '' }, null, []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.address).toMatch(/not encrypted/);
    expect(result.errors.key).toBe('Enter the API key.');
    const spaced = checkForm({ address: 'exchanger.com', key: '1|a b', label: '' }, null, []);
    expect(!spaced.ok && spaced.errors.key).toMatch(/cannot contain spaces/);
  });

  it('refuses a site and key already connected', () => {
    const result = checkForm({ address: 'exchanger.com', key: KEY, label: '' }, null, [existing]);
    expect(result).toEqual({ ok: false, errors: { address: 'This site and key are already connected as “Main”.' } });
  });

  it('an edit may keep the key, and then asks the site nothing (only the label changed)', () => {
    const result = checkForm({ address: 'exchanger.com', key: '', label: 'Renamed' }, existing, [existing]);
    expect(result).toEqual({
      ok: true, draft: { id: 'a1', origin: 'https://exchanger.com', key: KEY, label: 'Renamed', host: 'exchanger.com', test: false },
    });
  });

  it('an edit to a new address needs a new key: the old one never goes to another site', () => {
    const result = checkForm({ address: 'other.example', key: '', label: '' }, existing, [existing]);
    expect(!result.ok && result.errors.key).toMatch(/new address/);
    const withKey = checkForm({ address: 'other.example', key: '2|newKey', label: '' }, existing, [existing]);
    expect(withKey.ok && withKey.draft).toMatchObject({ id: 'a1', origin: 'https://other.example', key: '2|newKey', test: true });
  });

  it('hostOf keeps the port', () => {
    expect(hostOf('https://exchanger.com:8443')).toBe('exchanger.com:8443');
  });
});
