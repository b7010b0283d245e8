/** One line about an account's last sync, from its cache: when it last updated, or why it failed. */
import type { AccountCache } from '../../utils/model';
import { errorText } from '../../utils/i18n/errors';
import { tOptions as t } from './texts';
import { formatRelative } from '../../utils/format';

export interface SyncStatus { text: string; failed: boolean }

export function syncStatus(cache: AccountCache | null | undefined, now: number): SyncStatus {
  const success = cache?.lastSuccessAt ?? null;
  const error = cache?.lastError ?? null;
  const updated = success === null ? null : t('updatedAgo', { when: formatRelative(success, now) });
  if (error && (success === null || error.at >= success)) {
    // The last attempt failed: say why; keep "updated …" so the user knows how old the shown data is.
    const { message } = errorText(error);
    return { text: updated ? `${message} ${updated}.` : message, failed: true };
  }
  return { text: updated ?? t('waitingFirstSync'), failed: false };
}
