/** The copy-on-click order number of the lists (a module of its own: only the lazily loaded details use it). */
import { tPopup } from '../../entrypoints/popup/texts';
import { useCopy } from './CopyButton';

/**
 * A text that copies itself when clicked (an order number): one control per row instead of a
 * "Copy" button beside every number. Its name is the visible text plus ", copy" (the visible words
 * stay at the start of the accessible name); "Copied" shows beside it for a moment and is announced.
 */
export function CopyText({ text, children, hint }: { text: string; children: string; hint: string }) {
  const [state, copy] = useCopy(text);
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
