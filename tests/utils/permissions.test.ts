import { describe, expect, it } from 'vitest';
import { originPattern } from '../../utils/permissions';

describe('originPattern', () => {
  it('makes a match pattern for exactly the host, without the port', () => {
    expect(originPattern('https://exchanger.com')).toBe('https://exchanger.com/*');
    expect(originPattern('https://exchanger.com:8443')).toBe('https://exchanger.com/*');
    expect(originPattern('http://127.0.0.1:43123')).toBe('http://127.0.0.1/*');
    expect(originPattern('http://[::1]:8080')).toBe('http://[::1]/*');
    expect(originPattern('https://xn--80ak6aa92e.com')).toBe('https://xn--80ak6aa92e.com/*');
  });
});
