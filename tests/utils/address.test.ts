import { describe, expect, it } from 'vitest';
import { normalizeOrigin } from '../../utils/address';

const origin = (input: string) => normalizeOrigin(input);
const accepted = (input: string, expected: string) => expect(origin(input)).toEqual({ ok: true, origin: expected });
const refused = (input: string, reason: string) => expect(origin(input)).toEqual({ ok: false, reason });

describe('normalizeOrigin', () => {
  it('reduces every way of writing the same site to one https origin', () => {
    for (const input of [
      'exchanger.com',
      'https://exchanger.com/',
      'https://exchanger.com/api/v2/',
      'HTTPS://Exchanger.com:443/account',
      '  exchanger.com\n',
      'https://exchanger.com/account?tab=api#rest',
      'Exchanger.COM/api/v2/account/partner',
    ]) {
      accepted(input, 'https://exchanger.com');
    }
  });

  it('keeps a non-default port and subdomains', () => {
    accepted('https://exchanger.com:8443/api', 'https://exchanger.com:8443');
    accepted('exchanger.com:8443', 'https://exchanger.com:8443');
    accepted('www.my-exchanger.co.uk', 'https://www.my-exchanger.co.uk');
  });

  it('turns IDN hosts into punycode', () => {
    accepted('обменник.рф', 'https://xn--90aijihhad.xn--p1ai');
    accepted('https://Пример.РФ:8443/кабинет', 'https://xn--e1afmkfd.xn--p1ai:8443');
  });

  it('gives bare loopback hosts http and other bare hosts https', () => {
    accepted('localhost:8787', 'http://localhost:8787');
    accepted('127.0.0.1:8787', 'http://127.0.0.1:8787');
    accepted('[::1]:8787', 'http://[::1]:8787');
    accepted('localhost', 'http://localhost');
    accepted('exchanger.local:8787', 'https://exchanger.local:8787');
  });

  it('allows plain http only for localhost, 127.0.0.1 and [::1]', () => {
    accepted('http://localhost:8787/api/v2', 'http://localhost:8787');
    accepted('http://127.0.0.1:43123', 'http://127.0.0.1:43123');
    accepted('http://[::1]:8787', 'http://[::1]:8787');
    accepted('https://localhost:8443', 'https://localhost:8443');
    refused('http://exchanger.com', 'insecure');
    refused('http:exchanger.com', 'insecure');
    refused('http://192.168.1.10:8787', 'insecure');
    refused('http://localhost.evil.com', 'insecure');
    refused('http://127.0.0.1.nip.io', 'insecure');
  });

  it('refuses an empty address', () => {
    refused('', 'empty');
    refused('   \t\n', 'empty');
  });

  it('refuses text that is not an address', () => {
    refused('exchanger .com', 'malformed');
    refused('https://exchanger.com/some path', 'malformed');
    refused('https://', 'malformed');
    refused('://exchanger.com', 'malformed');
    refused('https://exch@nger', 'credentials');
    refused('https://.', 'malformed');
    refused('https://-', 'malformed');
    refused('exchanger..com', 'malformed');
    refused('https://exchanger.com:99999', 'malformed');
    refused('https://[::1', 'malformed');
  });

  it('reads a scheme followed by one slash or a backslash as a scheme, parsed by URL', () => {
    accepted('https:/exchanger.com', 'https://exchanger.com');
    accepted('https:\\exchanger.com', 'https://exchanger.com');
    accepted('https:\\\\exchanger.com/api', 'https://exchanger.com');
    accepted('HTTPS:/Exchanger.com:8443/x', 'https://exchanger.com:8443');
    accepted('http:/localhost:8787', 'http://localhost:8787');
    refused('http:/exchanger.com', 'insecure');
    refused('ftp:/\\evil.com', 'scheme');
    refused('ftp:/evil.com', 'scheme');
    refused('ftp:\\evil.com', 'scheme');
    refused('javascript:/alert(1)', 'scheme');
  });

  it('never takes the scheme name for the host', () => {
    for (const input of ['https:80', 'https:/', 'https:\\', 'ftp:21']) {
      const result = origin(input);
      expect(result.ok, input).toBe(false);
    }
    refused('https:80', 'singleLabel');
  });

  it('refuses single-label hosts other than localhost, with their own reason', () => {
    refused('intranet', 'singleLabel');
    refused('https://exchanger', 'singleLabel');
    refused('exchanger.', 'singleLabel');
    refused('https://exchanger:8443/api', 'singleLabel');
    refused('http://router', 'singleLabel');
    accepted('localhost', 'http://localhost');
    accepted('https://localhost:8443', 'https://localhost:8443');
    accepted('exchanger.com.', 'https://exchanger.com.');
  });

  it('refuses schemes other than http and https', () => {
    refused('ftp://exchanger.com', 'scheme');
    refused('javascript:alert(1)', 'scheme');
    refused('javascript://%0aalert(1)', 'scheme');
    refused('chrome-extension://abcdefghijklmnop/options.html', 'scheme');
    refused('file:///etc/passwd', 'scheme');
    refused('data:text/html,<b>hi</b>', 'scheme');
    refused('ws://exchanger.com', 'scheme');
  });

  it('refuses addresses carrying a login or password', () => {
    refused('https://user:pass@exchanger.com', 'credentials');
    refused('user:pass@exchanger.com', 'credentials');
    refused('https://user@exchanger.com', 'credentials');
    refused('https://:@exchanger.com', 'credentials');
    refused('http://admin@localhost:8787', 'credentials');
  });

  it('does not let a trick address point the key somewhere else', () => {
    // What the URL standard makes of these is what the key would reach: the origin must say so plainly.
    accepted('https://exchanger.com.evil.com', 'https://exchanger.com.evil.com');
    accepted('https://evil.com\\@exchanger.com', 'https://evil.com');
    accepted('https://evil.com#@exchanger.com', 'https://evil.com');
  });
});
