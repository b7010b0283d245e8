/**
 * Giving host permissions back: for a removed account, an edited address, a Connect that failed,
 * and one the page asked for and then abandoned (the tab closed before it connected). Only the
 * background does this, so it happens even when the options tab is gone. A pattern stays while any
 * account (or a Connect under way) still needs it.
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../../utils/permissions';
import { accountsItem } from './store';

/** Origins a Connect is checking right now: their permission must not be taken back meanwhile. */
const connecting = new Map<string, number>();

/** While `work` runs, the origin counts as in use (a Connect or an edit being checked). */
export async function whileConnecting<T>(origin: string, work: () => Promise<T>): Promise<T> {
  const pattern = originPattern(origin);
  connecting.set(pattern, (connecting.get(pattern) ?? 0) + 1);
  try {
    return await work();
  } finally {
    const left = (connecting.get(pattern) ?? 1) - 1;
    if (left > 0) connecting.set(pattern, left);
    else connecting.delete(pattern);
  }
}

/**
 * Every pattern this worker gave back (or tried to). The e2e build shows the list to its tests on
 * `globalThis`: its test hosts are granted up front there and cannot really be removed.
 */
export const released: string[] = [];
if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { iexReleasedOrigins: released });

async function inUse(pattern: string): Promise<boolean> {
  if (connecting.has(pattern)) return true;
  return (await accountsItem.get()).some((account) => originPattern(account.origin) === pattern);
}

/** Give back the access to `origin` unless an account or a Connect still needs it. Answers whether it was removed. */
export async function releaseOrigin(origin: string): Promise<boolean> {
  const pattern = originPattern(origin);
  if (await inUse(pattern)) return false;
  released.push(pattern);
  try {
    return await browser.permissions.remove({ origins: [pattern] });
  } catch {
    return false;
  }
}

/**
 * Every site permission no account uses (a Connect abandoned after the prompt, an older version's
 * leftovers) is given back. Runs when the worker starts and a while after a permission is granted.
 */
export async function releaseUnusedOrigins(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const removed: string[] = [];
  for (const pattern of granted) {
    if (!/^https?:\/\//.test(pattern) || (await inUse(pattern))) continue;
    if (await browser.permissions.remove({ origins: [pattern] }).catch(() => false)) removed.push(pattern);
  }
  return removed;
}
