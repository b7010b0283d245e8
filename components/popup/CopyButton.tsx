/**
 * Copies a text to the clipboard and says so for a moment ("Copied"), visibly
 * and to screen readers. The accessible name stays the same (e.g. "Copy order
 * number 17…"), so it does not jump under a screen reader's cursor.
 */
import { useEffect, useState } from 'preact/hooks';
import { tPopup } from '../../entrypoints/popup/texts';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copy `text` on demand; the state says "copied" or "failed" for two seconds, then idle again. */
export function useCopy(text: string): [CopyState, () => void] {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    navigator.clipboard.writeText(text).then(() => setState('copied'), () => setState('failed'));
  };
  return [state, copy];
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, copy] = useCopy(text);
  return (
    <span class="copy">
      <button type="button" class="copy-button" aria-label={label} title={label} onClick={copy}>
        {state === 'copied' ? tPopup('copied') : tPopup('copy')}
      </button>
      <span role="status" class="visually-hidden">{state === 'copied' ? tPopup('copied') : ''}</span>
      {state === 'failed' && <span role="alert" class="copy-failed error">{tPopup('copyFailed')}</span>}
    </span>
  );
}

