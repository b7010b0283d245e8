import { afterEach, describe, expect, it } from 'vitest';
import { checkReferralLink, referralProblemText, type ReferralContext } from '../../utils/referral-link';
import { setLocale } from '../../utils/i18n';

const site: ReferralContext = { origin: 'https://exchanger.com', code: 'Ab3x' };
const check = (link: string, context: ReferralContext = site) => checkReferralLink(link, context);
const accepted = (link: string, context?: ReferralContext) => expect(check(link, context)).toEqual({ ok: true, link: link.trim() });
const refused = (link: string, problem: string, context?: ReferralContext) => expect(check(link, context)).toEqual({ ok: false, problem });

afterEach(() => setLocale(null));

describe('checkReferralLink', () => {
  it('accepts the shapes sites use, on the site or a subdomain, and gives the link back as pasted', () => {
    for (const link of [
      'https://exchanger.com/?ref=Ab3x',
      'https://exchanger.com/r/Ab3x',
      'https://exchanger.com/ru/partner/Ab3x/',
      'https://exchanger.com/#ref=Ab3x',
      'https://www.exchanger.com/?rid=Ab3x&utm_source=bio',
      'https://ref.exchanger.com/Ab3x',
      'https://Ab3x.exchanger.com/',
      'HTTPS://EXCHANGER.COM/?ref=Ab3x',
      '  https://exchanger.com/?ref=Ab3x\n',
      'https://exchanger.com./?ref=Ab3x',
      'https://exchanger.com/?ref=ref-Ab3x',
    ]) accepted(link);
  });

  it('treats www. on either side as the same site', () => {
    accepted('https://exchanger.com/?ref=Ab3x', { ...site, origin: 'https://www.exchanger.com' });
  });

  it('finds a code the site percent-encoded, and a Cyrillic site and code', () => {
    accepted('https://exchanger.com/?ref=%41b3x');
    accepted('https://обмен.рф/партнёр/код', { origin: 'https://xn--90aiufb.xn--p1ai', code: 'код' });
  });

  it('allows plain http only for a local site, as for the API address', () => {
    const local = { origin: 'http://127.0.0.1:8787', code: 'Ab3x' };
    accepted('http://127.0.0.1:8787/?ref=Ab3x', local);
    accepted('http://localhost/?ref=Ab3x', { origin: 'http://localhost:3000', code: 'Ab3x' });
    refused('http://exchanger.com/?ref=Ab3x', 'notLink');
  });

  it('refuses what is not a web link', () => {
    for (const text of [
      '', '   ', 'Ab3x', 'exchanger.com/?ref=Ab3x', 'ftp://exchanger.com/Ab3x', 'javascript:alert("Ab3x")',
      'https://exchanger.com/?ref=Ab3x https://evil.com', 'https://user:pw@exchanger.com/?ref=Ab3x',
      `https://exchanger.com/?ref=Ab3x&pad=${'x'.repeat(1000)}`,
    ]) refused(text, 'notLink');
  });

  it('refuses another site, including look-alikes that only end or start with the name', () => {
    for (const link of [
      'https://evil.com/?ref=Ab3x', 'https://evil-exchanger.com/?ref=Ab3x', 'https://exchanger.com.evil.com/?ref=Ab3x',
      'https://evil.com/exchanger.com/?ref=Ab3x', 'https://exchanger.co/?ref=Ab3x',
    ]) refused(link, 'otherSite');
    refused('http://localhost/?ref=Ab3x', 'otherSite', { origin: 'http://127.0.0.1:8787', code: 'Ab3x' });
  });

  it('refuses a link without the code as a whole word (case matters: codes are case-sensitive)', () => {
    for (const link of [
      'https://exchanger.com/', 'https://exchanger.com/?ref=ab3x', 'https://exchanger.com/?ref=Ab3xy',
      'https://exchanger.com/?ref=XAb3x', 'https://exchanger.com/?ref=Ab3',
    ]) refused(link, 'codeMissing');
    // A short code found only inside the site's own name or a word of the path is not the code.
    refused('https://lab.exchanger.com/about', 'codeMissing', { ...site, code: 'ab' });
    refused('https://exchanger.com/about', 'codeMissing', { ...site, code: 'ab' });
    refused('https://ex1.com/?r=1', 'codeMissing', { origin: 'https://ex1.com', code: 'ex1' });
  });

  it('says the code is not known yet before the first sync brought it, once the link is on the site', () => {
    refused('https://exchanger.com/?ref=Ab3x', 'noCode', { ...site, code: null });
    refused('https://exchanger.com/?ref=Ab3x', 'noCode', { ...site, code: '' });
    refused('https://evil.com/?ref=Ab3x', 'otherSite', { ...site, code: null });
  });
});

describe('referralProblemText', () => {
  it('names the site and the code, in English and Russian', () => {
    setLocale('en');
    expect(referralProblemText('otherSite', site)).toContain('exchanger.com');
    expect(referralProblemText('codeMissing', site)).toContain('Ab3x');
    setLocale('ru');
    expect(referralProblemText('codeMissing', site)).toMatch(/реферального кода Ab3x.*exchanger\.com/);
    expect(referralProblemText('noCode', { ...site, code: null })).toContain('Дождитесь');
  });
});
