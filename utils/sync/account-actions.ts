/**
 * What the options page and notifications ask of the background about accounts:
 * test a connection (saving nothing), save, remove, open from a notification.
 * A changed address or key removes that account's stored data first, so two
 * accounts' data never mix (and a key-problem pause ends with the old cache).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { detectLayout } from '../api/client';
import { normalizeOrigin } from '../api/address';
import { toFailure } from '../api/errors';
import type { Account } from '../model';
import type { Request, Responses } from '../protocol/schema';
import { cacheItem, perAccountItems, progressItem } from '../storage';
import { clearExchangeNotifications, notificationAccount } from '../notify';
import { findAccount, sameIdentity, updateAccounts } from './accounts';
import { exclusive } from './run';
import { markSeen, refreshBadge } from './state';

type Payload<T extends Request['type']> = Omit<Extract<Request, { type: T }>, 'type'>;

export interface FetchOption {
  fetch?: typeof fetch;
}

/** Detect the layout and load the summary; saves nothing. The key never appears in the answer. */
export async function testConnection({ origin, key }: Payload<'testConnection'>, options: FetchOption = {}): Promise<Responses['testConnection']> {
  const checked = normalizeOrigin(origin);
  if (!checked.ok) return { ok: false, error: { kind: 'invalidAddress', reason: checked.reason, status: null, requestId: null } };
  try {
    const { layout, summary } = await detectLayout({ origin: checked.origin, key: key.trim(), fetch: options.fetch });
    return { ok: true, layout, summary };
  } catch (error) {
    return { ok: false, error: toFailure(error) };
  }
}

const removeStoredData = (accountId: string) => storage.removeItems([...perAccountItems(accountId), progressItem(accountId)]);

/** Add (no id: a new UUID) or update an account, then sync it. Answers once saved, not synced. */
export async function saveAccount({ account: input }: Payload<'saveAccount'>, options: FetchOption = {}): Promise<Responses['saveAccount']> {
  const checked = normalizeOrigin(input.origin);
  // The options page validates first; this only guards the rule that the key goes to a checked origin.
  if (!checked.ok) throw new Error(`saveAccount: invalid address (${checked.reason})`);
  const id = input.id ?? crypto.randomUUID();
  const saved = await exclusive(
    id,
    async () => {
      const existing = await findAccount(id);
      const account: Account = {
        id,
        origin: checked.origin,
        key: input.key.trim(),
        layout: input.layout,
        label: input.label.trim() || new URL(checked.origin).host,
        addedAt: existing?.addedAt ?? Date.now(),
      };
      if (existing && !sameIdentity(existing, account)) {
        await removeStoredData(id);
        await clearExchangeNotifications(id);
      }
      await updateAccounts((list) => (existing ? list.map((a) => (a.id === id ? account : a)) : [...list, account]));
      return account;
    },
    (account) => ({ account, options: { manual: true, fetch: options.fetch } }),
  );
  await refreshBadge();
  return { ok: true, accountId: saved.id };
}

/** Disconnect: the account, its key, cache, lists, seen state and notifications go. */
export async function removeAccount({ accountId }: Payload<'removeAccount'>): Promise<Responses['removeAccount']> {
  await exclusive(accountId, async () => {
    await updateAccounts((list) => list.filter((a) => a.id !== accountId));
    await removeStoredData(accountId);
  });
  await clearExchangeNotifications(accountId);
  await refreshBadge();
  return { ok: true };
}

/**
 * A click on a notification: open the popup page in a tab (action.openPopup needs a focused
 * window and a user gesture on some browsers; a tab always works), mark that account's
 * exchanges seen, and clear the notification.
 */
export async function openFromNotification(notificationId: string): Promise<void> {
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  const accountId = notificationAccount(notificationId);
  const seenThrough = accountId ? (await cacheItem(accountId).getValue())?.lastSuccessAt : null;
  if (accountId && seenThrough != null) await markSeen(accountId, seenThrough);
}
