/**
 * Every account operation, end to end, one function each: save (connect), edit, remove. The page
 * only asks for the host permission (that needs the user's click); the rest happens here, so it
 * finishes even when the options tab is closed: the connection check, the write, the running sync
 * stopped at once (its AbortController), the data and notifications of an old identity cleared, the
 * host permission given back when nothing needs it, and the first sync (started here, once).
 */
import { browser } from 'wxt/browser';
import { normalizeOrigin } from '../../utils/address';
import type { Failure } from '../../utils/errors';
import type { Answer, Payload } from '../../utils/messages';
import type { Account, Layout, SummaryRecord } from '../../utils/model';
import { removeItems } from '../../utils/storage/item';
import { deleteAccountHistory } from '../../utils/storage/history';
import { detectLayout } from './api/client';
import { toFailure } from './api/errors';
import { findAccount, sameIdentity, updateAccounts } from './account-list';
import { clearAccountNotifications, notificationAccount } from './notify';
import { releaseOrigin, whileConnecting } from './permissions';
import { accountLocalItems, accountsItem, cacheItem, emptyCache, progressItem } from './store';
import { siteToOpen } from './alerts/click';
import { exclusive } from './sync/run';
import { markSeen, refreshBadge } from './sync/state';

export interface FetchOption {
  fetch?: typeof fetch;
}

type Checked = { ok: true; layout: Layout; summary: SummaryRecord | null } | { ok: false; error: Failure };

/** The connection check: detect the layout and read the summary; a failed check gives the permission back. */
async function check(origin: string, key: string, verify: boolean, fallback: Layout, options: FetchOption): Promise<Checked> {
  if (!verify) return { ok: true, layout: fallback, summary: null };
  const result = await whileConnecting(origin, async (): Promise<Checked> => {
    try {
      return { ok: true, ...(await detectLayout({ origin, key, fetch: options.fetch })) };
    } catch (error) {
      return { ok: false, error: toFailure(error) };
    }
  });
  if (!result.ok) await releaseOrigin(origin);
  return result;
}

async function forgetData(accountId: string): Promise<void> {
  await Promise.all([removeItems('local', accountLocalItems(accountId)), progressItem(accountId).remove(), deleteAccountHistory(accountId)]);
  await clearAccountNotifications(accountId);
}

/** The summary the check just read, so the popup shows a balance during the first sync. */
const seedCache = (accountId: string, summary: SummaryRecord | null) =>
  summary ? cacheItem(accountId).set({ ...emptyCache(), summary }) : Promise.resolve();

const firstSync = (options: FetchOption) => (account: Account) => ({ account, options: { manual: true, fetch: options.fetch } });

/** Connect a site: checked first (unless the user chose "Save anyway"), then saved and synced once. */
export async function saveAccount(request: Payload<'saveAccount'>, options: FetchOption = {}): Promise<Answer<'saveAccount'>> {
  const address = normalizeOrigin(request.origin);
  if (!address.ok) return { ok: false, error: { kind: 'invalidAddress', reason: address.reason, status: null, requestId: null } };
  const key = request.key.trim();
  const checked = await check(address.origin, key, request.verify, 'v2', options);
  if (!checked.ok) return checked;
  const account: Account = {
    id: crypto.randomUUID(),
    origin: address.origin,
    key,
    layout: checked.layout,
    label: request.label.trim() || new URL(address.origin).host,
    addedAt: Date.now(),
  };
  await exclusive(account.id, async () => {
    await seedCache(account.id, checked.summary);
    await updateAccounts((list) => [...list, account]);
    return account;
  }, { syncAfter: firstSync(options) });
  await refreshBadge();
  return { ok: true, accountId: account.id, summary: checked.summary };
}

/** Change an account. A new address or key: the running sync stops, the old data goes, the new one is checked and synced. */
export async function editAccount(request: Payload<'editAccount'>, options: FetchOption = {}): Promise<Answer<'editAccount'>> {
  const existing = await findAccount(request.accountId);
  if (!existing) return { ok: false, error: { kind: 'notFound', status: null, requestId: null } };
  const address = normalizeOrigin(request.origin);
  if (!address.ok) return { ok: false, error: { kind: 'invalidAddress', reason: address.reason, status: null, requestId: null } };
  const key = request.key.trim() || existing.key;
  const moved = !sameIdentity(existing, { origin: address.origin, key });
  const checked = await check(address.origin, key, moved && request.verify, existing.layout, options);
  if (!checked.ok) return checked;
  const account: Account = {
    ...existing,
    origin: address.origin,
    key,
    layout: checked.layout,
    label: request.label.trim() || new URL(address.origin).host,
  };
  await exclusive(account.id, async () => {
    if (moved) {
      await forgetData(account.id);
      await seedCache(account.id, checked.summary);
    }
    await updateAccounts((list) => list.map((a) => (a.id === account.id ? account : a)));
    return account;
  }, { abort: moved, syncAfter: (saved) => (moved ? firstSync(options)(saved) : null) });
  if (existing.origin !== account.origin) await releaseOrigin(existing.origin);
  await refreshBadge();
  return { ok: true, accountId: account.id, summary: checked.summary };
}

/** Disconnect: the running sync stops at once; the account, its key, data and notifications go, and its host permission. */
export async function removeAccount({ accountId }: Payload<'removeAccount'>): Promise<Answer<'removeAccount'>> {
  const removed = await exclusive(accountId, async () => {
    const account = await findAccount(accountId);
    await updateAccounts((list) => list.filter((a) => a.id !== accountId));
    await forgetData(accountId);
    return account;
  }, { abort: true });
  if (removed) await releaseOrigin(removed.origin);
  await refreshBadge();
  return { ok: true };
}

/**
 * A click on a notification: open the popup page in a tab (the minimum-withdrawal alert: the site) (action.openPopup needs a focused window
 * and a user gesture on some browsers; a tab always works), mark that account's exchanges seen,
 * and clear the notification.
 */
export async function openFromNotification(notificationId: string): Promise<void> {
  const site = siteToOpen(notificationId, await accountsItem.get());
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: site ?? browser.runtime.getURL('/popup.html') });
  if (site) return; // "request a payout now" opens the site; nothing was seen in the popup
  const accountId = notificationAccount(notificationId);
  const seenThrough = accountId ? (await cacheItem(accountId).get())?.lastSuccessAt : null;
  if (accountId && seenThrough != null) await markSeen(accountId, seenThrough);
}
