/**
 * A user's Refresh from the popup: after a failure an alarm would wait out the backoff, while a
 * manual Refresh tries at once. Waits for that sync to end (lastSyncAt moves).
 */
import type { Harness } from './harness';
import { inLocale } from './ui';
import { tPopupDetails } from '../entrypoints/popup/texts-details';

export async function refreshFromPopup(h: Harness, accountId: string): Promise<void> {
  const popup = await h.openPopup();
  const before = (await h.cache(accountId))?.lastSyncAt ?? 0;
  await popup.getByRole('button', { name: inLocale(h.lang, () => tPopupDetails('refresh')), exact: true }).click();
  await h.until(() => h.cache(accountId), (cache) => (cache?.lastSyncAt ?? 0) > before, 'the refresh');
  await popup.close();
}
