/**
 * Turns whatever a partner types as the site address ("exchanger.com",
 * "https://exchanger.com/api/v2/", "HTTPS://Exchanger.com:443/account") into
 * the one origin the API key may ever be sent to, or says why it cannot.
 * Parsing is the platform's WHATWG URL (it lowercases, drops default ports,
 * turns IDN hosts into punycode); only the guard rails around it are ours.
 */
import type { AddressProblem } from './errors';

export type OriginResult = { ok: true; origin: string } | { ok: false; reason: AddressProblem };

/** The only hosts that may be reached over plain http (a local mock or dev server). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * "https://…", "ftp://…", but also "https:/…", "https:\\…", "ftp:/\\…": a scheme followed by any
 * slash or backslash is a scheme, and URL parses it (https:/exchanger.com → https://exchanger.com;
 * ftp:/\\evil.com → ftp:, refused), never read as the host "https" or "ftp".
 */
const SCHEME_WITH_SLASHES = /^[a-z][a-z0-9+.-]*:[/\\]/i;
/** "javascript:…", "http:exchanger.com" also carry a scheme … */
const SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*:/i;
/** … unlike "localhost:8787" or "exchanger.com:8443/x", which are a host and a port. */
const HOST_AND_PORT = /^[^/?#@\\]+:\d*(?:[/?#\\]|$)/;
/** An "@" before the path: "user:pass@host" (also catches the empty ":@host" that URL drops). */
const USERINFO = /^[^/?#\\]*@/;
/** DNS labels (after punycode), an IPv4 address, or a bracketed IPv6 address. */
const LABEL = '[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?';
const VALID_HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*\\.?|\\[[0-9a-f:.]+\\])$`);

const refuse = (reason: AddressProblem): OriginResult => ({ ok: false, reason });

function hasScheme(text: string): boolean {
  if (SCHEME_WITH_SLASHES.test(text)) return true;
  return SCHEME_PREFIX.test(text) && !HOST_AND_PORT.test(text) && !USERINFO.test(text);
}

/** The text between "scheme://" (or the start) and the path: where user:pass@ would hide. */
function authorityOf(text: string): string {
  const afterScheme = text.replace(/^[a-z][a-z0-9+.-]*:[/\\]*/i, '');
  return afterScheme.split(/[/?#\\]/, 1)[0] ?? '';
}

function parse(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** A bare address gets https://, except loopback hosts, which get http:// (local mock/dev servers). */
function withDefaultScheme(text: string): string {
  const probe = parse(`https://${text}`);
  return probe && LOOPBACK_HOSTS.has(probe.hostname) ? `http://${text}` : `https://${text}`;
}

/**
 * A host with no dot ("intranet", "https" from "https:80", "exchanger."): not a site on the
 * internet, so the key has nowhere sensible to go. Loopback and IP addresses are exempt.
 */
function isSingleLabel(hostname: string): boolean {
  return hostname !== 'localhost' && !hostname.startsWith('[') && !hostname.replace(/\.$/, '').includes('.');
}

export function normalizeOrigin(input: string): OriginResult {
  const text = input.trim();
  if (text === '') return refuse('empty');
  if (/\s/.test(text)) return refuse('malformed');

  const explicit = hasScheme(text);
  const url = parse(explicit ? text : withDefaultScheme(text));
  if (!url) return refuse('malformed');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('scheme');
  if (url.username !== '' || url.password !== '' || authorityOf(text).includes('@')) return refuse('credentials');
  if (!VALID_HOST.test(url.hostname)) return refuse('malformed');
  if (isSingleLabel(url.hostname)) return refuse('singleLabel');
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return refuse('insecure');
  return { ok: true, origin: url.origin };
}

