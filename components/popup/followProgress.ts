/**
 * The progress of a CSV export's long sync (storage.session, written by the background), read
 * straight from browser.storage like the rest of the popup (components/popup/popupStorage.ts).
 */
import { browser } from 'wxt/browser';
import { STORAGE_KEYS as KEYS } from '../../utils/storage-keys';
import type { SyncProgress } from '../../utils/storage';

/** The progress of an account's long sync, now and as it changes; a read that lands after a change is dropped. */
export function followProgress(accountId: string, listener: (progress: SyncProgress | null) => void): () => void {
  const key = KEYS.progress(accountId);
  let changed = false;
  let stopped = false;
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(key in changes)) return;
    changed = true;
    listener((changes[key]!.newValue as SyncProgress | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(onChanged);
  void browser.storage.session.get(key).then((values: Record<string, unknown>) => {
    if (!changed && !stopped) listener((values[key] as SyncProgress | undefined) ?? null);
  });
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(onChanged);
  };
}
