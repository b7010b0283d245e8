/**
 * What went wrong, in the user's language, then what it means for the figures (`lead`, e.g.
 * "Showing the last saved data"), what to do next, and the control that does it: open the
 * settings (an address problem), enter a new key (a key problem), copy the site's request ID for
 * support. The texts come from the error kind (utils/i18n/errors.ts), never from the server. That
 * dictionary is large (every kind, two languages) and rarely needed, so it is loaded on first use:
 * the popup's numbers never wait for it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { CopyButton } from './CopyButton';
import type { Failure, FailureKind } from '../../utils/errors';
import { tPopupDetails as t } from '../../entrypoints/popup/texts-details';

type ErrorTexts = typeof import('../../utils/i18n/errors');
let loaded: ErrorTexts | null = null;

function useErrorTexts(): ErrorTexts | null {
  const [texts, setTexts] = useState(loaded);
  useEffect(() => {
    if (texts) return;
    let alive = true;
    void import('../../utils/i18n/errors').then((module) => {
      loaded = module;
      if (alive) setTexts(module);
    });
    return () => { alive = false; };
  }, []);
  return texts;
}

/** The settings button each kind needs: a key to replace, or an address to correct. */
const SETTINGS: Partial<Record<FailureKind, 'enterKey' | 'openSettings'>> = {
  unauthorized: 'enterKey',
  forbidden: 'enterKey',
  notFound: 'openSettings',
  notApi: 'openSettings',
  redirected: 'openSettings',
  invalidAddress: 'openSettings',
};

/**
 * The options page, at this account's edit form when known (the key field focused there), in the
 * options tab already open if there is one (entrypoints/popup/open-edit.ts, loaded on click).
 */
function openSettings(accountId: string | undefined): void {
  if (!accountId) {
    void browser.runtime.openOptionsPage();
    return;
  }
  void import('../../entrypoints/popup/open-edit').then((module) => module.openEditForm(accountId));
}

export function ErrorNote({ error, lead, accountId }: { error: Failure; lead?: ComponentChildren; accountId?: string }) {
  const texts = useErrorTexts();
  const { message, action } = texts ? texts.errorText(error) : { message: '', action: '' };
  const requestId = texts ? texts.requestIdText(error.requestId) : '';
  const settings = SETTINGS[error.kind];
  return (
    <div class="note note-error" role="status">
      {texts && (
        <>
          <p class="note-message">{message}</p>
          {lead}
          <p>{action}</p>
          {(settings || error.requestId) && (
            <p class="note-actions">
              {settings && <button type="button" onClick={() => openSettings(accountId)}>{t(settings)}</button>}
              {error.requestId && <CopyButton text={error.requestId} label={t('copyRequestId')} />}
            </p>
          )}
          {requestId && <p class="muted request-id">{requestId}</p>}
        </>
      )}
    </div>
  );
}
