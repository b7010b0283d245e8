/**
 * The partner's referral link, pasted from the site's cabinet into the options page (per account)
 * and offered by the popup (copy, QR code). Each site formats it its own way (`/?ref=CODE`,
 * `/r/CODE`, `ref.site.com/CODE`…), so the check is about what matters, not the shape: it is a web
 * address (https; http only for loopback, as for the API address in ./address.ts), on the
 * account's own site (its host or a subdomain; a leading "www." on either side is ignored), and it
 * carries the account's referral code. Pure: the options page checks on paste, the popup again on
 * every open (the code may have changed since). The problems are data; their texts
 * are in ./i18n/referral.ts.
 */
import { tReferralProblem } from './i18n/referral';

export type ReferralLinkProblem = 'notLink' | 'otherSite' | 'codeMissing' | 'noCode';

export type ReferralLinkResult = { ok: true; link: string } | { ok: false; problem: ReferralLinkProblem };

export interface ReferralContext {
  /** The account's site, `https://exchanger.com` (Account.origin). */
  origin: string;
  /** The account's referral code (summary.referralHash), null until the first sync brings it. */
  code: string | null;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The most a link may be: a QR code holds ~2 900 bytes, and nothing real comes near this. */
export const REFERRAL_LINK_MAX = 1000;

function parse(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** "www.exchanger.com" and "exchanger.com" are one site; a trailing dot is no other site either. */
const siteHost = (hostname: string) => hostname.replace(/\.$/, '').replace(/^www\./, '');

/** The link's host is the account's host or one of its subdomains (never "evil-exchanger.com"). */
export function onSite(link: URL, origin: string): boolean {
  const account = parse(origin);
  if (!account) return false;
  const site = siteHost(account.hostname);
  const host = siteHost(link.hostname);
  return host === site || host.endsWith(`.${site}`);
}

const ALNUM = /[\p{L}\p{N}]/u;

/** `code` stands in `text` as a whole word: not inside a longer one ("ab" is not in "/about"). */
function hasWord(text: string, code: string): boolean {
  for (let at = text.indexOf(code); at !== -1; at = text.indexOf(code, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + code.length] ?? '';
    if (!ALNUM.test(before) && !ALNUM.test(after)) return true;
  }
  return false;
}

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * The code stands in the link's path, query or fragment (as written or percent-encoded), or as a
 * subdomain of the site (`CODE.exchanger.com`); never counted when it is only a piece of the site's name.
 */
function carriesCode(url: URL, origin: string, code: string): boolean {
  const rest = `${url.pathname}${url.search}${url.hash}`;
  const site = siteHost(parse(origin)?.hostname ?? '');
  const subdomains = siteHost(url.hostname).slice(0, -site.length);
  // Host names have no case (the URL lowercases them): there, the code is compared without it too.
  return hasWord(rest, code) || hasWord(decoded(rest), code) || hasWord(subdomains, code.toLowerCase());
}

/**
 * The pasted text as the link to offer (trimmed, otherwise exactly as pasted: the QR code and the
 * copy give back what the partner saw on the site), or the first problem found.
 */
export function checkReferralLink(input: string, { origin, code }: ReferralContext): ReferralLinkResult {
  const text = input.trim();
  const url = text.length <= REFERRAL_LINK_MAX && !/\s/.test(text) ? parse(text) : null;
  const secure = url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!url || !secure || url.username !== '' || url.password !== '') return { ok: false, problem: 'notLink' };
  if (!onSite(url, origin)) return { ok: false, problem: 'otherSite' };
  if (!code) return { ok: false, problem: 'noCode' };
  if (!carriesCode(url, origin, code)) return { ok: false, problem: 'codeMissing' };
  return { ok: true, link: text };
}

/** The text of a problem for the account's site. */
export function referralProblemText(problem: ReferralLinkProblem, { origin, code }: ReferralContext): string {
  return tReferralProblem(problem, { host: parse(origin)?.host ?? origin, code: code ?? '' });
}
