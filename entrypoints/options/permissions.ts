/**
 * The options page's side of the host permission: asking for it needs the user's click, so only a
 * page can; giving it back is the background's job (entrypoints/background/permissions.ts).
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../../utils/permissions';

/**
 * Ask the user for access to one origin. Call it straight from a click/submit handler, before any
 * other await, or the browser ignores the user gesture. A refusal and a failed request (origin
 * outside the manifest) both answer false.
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
