/**
 * Host permissions for exchange sites, one origin at a time (optional_host_permissions).
 * The pattern drops the port: match patterns ignore ports in Chromium and Firefox
 * rejects them, and the manifest's optional hosts (`http://127.0.0.1/*`) have none.
 */
import { browser } from 'wxt/browser';

/** "https://exchanger.com:8443" → "https://exchanger.com/*". */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Ask the user for access to one origin. Call it straight from a click/submit
 * handler, before any other await, or the browser ignores the user gesture.
 * A refusal and a failed request (origin outside the manifest) both answer false.
 */
export async function requestOrigin(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

export async function hasOrigin(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/**
 * Give back the access to `origin` unless one of `stillUsing` (the accounts that
 * remain) needs the same pattern. Answers whether the permission was removed.
 */
export async function releaseOrigin(origin: string, stillUsing: readonly { origin: string }[]): Promise<boolean> {
  const pattern = originPattern(origin);
  if (stillUsing.some((other) => originPattern(other.origin) === pattern)) return false;
  try {
    return await browser.permissions.remove({ origins: [pattern] });
  } catch {
    return false;
  }
}
