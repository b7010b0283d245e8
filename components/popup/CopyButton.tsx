/**
 * Copies a text to the clipboard and says so for a moment ("Copied"), visibly
 * and to screen readers. The accessible name stays the same (e.g. "Copy order
 * number 17…"), so it does not jump under a screen reader's cursor.
 */
import { useEffect, useState } from 'preact/hooks';
import { tPopup } from '../../entrypoints/popup/texts';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    navigator.clipboard.writeText(text).then(() => setState('copied'), () => setState('failed'));
  };
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

/**
 * A text that copies itself when clicked (an order number): one control per row instead of a
 * "Copy" button beside every number. Its name is the visible text plus ", copy" (the visible words
 * stay at the start of the accessible name); "Copied" shows beside it for a moment and is announced.
 */
export function CopyText({ text, children, hint }: { text: string; children: string; hint: string }) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    navigator.clipboard.writeText(text).then(() => setState('copied'), () => setState('failed'));
  };
  return (
    <span class="copy">
      <button type="button" class="copy-text" title={hint} aria-label={`${children}, ${hint}`} onClick={copy}>
        {children}
      </button>
      <span role="status" class={state === 'copied' ? 'copied' : 'visually-hidden'}>{state === 'copied' ? tPopup('copied') : ''}</span>
      {state === 'failed' && <span role="alert" class="copy-failed error">{tPopup('copyFailed')}</span>}
    </span>
  );
}
