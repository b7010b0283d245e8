/**
 * What went wrong, in the user's language, and what to do next, with the
 * site's request ID for support. The texts come from the error kind
 * (utils/i18n/errors.ts), never from the server. That dictionary is large
 * (every kind, two languages) and rarely needed, so it is loaded on first use:
 * the popup's numbers never wait for it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Failure } from '../../utils/errors';

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

export function ErrorNote({ error, lead }: { error: Failure; lead?: ComponentChildren }) {
  const texts = useErrorTexts();
  const { message, action } = texts ? texts.errorText(error) : { message: '', action: '' };
  const requestId = texts ? texts.requestIdText(error.requestId) : '';
  return (
    <div class="note note-error" role="status">
      {lead}
      {texts && (
        <>
          <p class="note-message">{message}</p>
          <p>{action}</p>
          {requestId && <p class="muted request-id">{requestId}</p>}
        </>
      )}
    </div>
  );
}
