/**
 * The result of Connect/Save, in one aria-live region that always exists (so the
 * announcement is heard) and takes the focus when a result arrives.
 */
import { useEffect, useRef } from 'preact/hooks';
import { errorText, requestIdText } from '../../utils/i18n/errors';
import { tOptions as t } from '../../entrypoints/options/texts';
import { formatMoney, formatPercent } from '../../utils/format';
import type { SummaryRecord } from '../../utils/model';
import { offersSaveAnyway, type Outcome as OutcomeState } from './useConnectFlow';

interface Props {
  outcome: OutcomeState;
  /** Name of the button that starts the flow ("Connect" / "Save"), for "press … again". */
  buttonName: string;
  busy: boolean;
  onSaveAnyway: () => void;
}

/** "Balance 1 190,36 ₽ · 2 referrals · 0.5 %". */
export function summaryPreview(summary: SummaryRecord): string {
  return [
    t('balance', { amount: formatMoney(summary.balance, summary.currency) }),
    t('referrals', { count: summary.referrals }),
    formatPercent(summary.percent),
  ].join(' · ');
}

const SAVED_TITLE = { connected: 'connected', edited: 'changesSaved', anyway: 'savedAnyway' } as const;

function Body({ outcome, buttonName, busy, onSaveAnyway }: Props) {
  switch (outcome.kind) {
    case 'idle':
      return null;
    case 'checking':
      return <p class="muted">{t('checking', { host: outcome.host })}</p>;
    case 'denied':
      return <p class="error">{t('permissionDenied', { host: outcome.host, button: buttonName })}</p>;
    case 'saved':
      return (
        <div class="outcome-ok">
          <p><strong>{t(SAVED_TITLE[outcome.how], { label: outcome.label })}</strong></p>
          {outcome.summary && <p class="preview">{summaryPreview(outcome.summary)}</p>}
          {outcome.how === 'connected' && <p class="muted">{t('firstSync')}</p>}
        </div>
      );
    case 'failed': {
      const text = errorText(outcome.error);
      const requestId = requestIdText(outcome.error.requestId);
      return (
        <div class="outcome-bad">
          <p class="error"><strong>{t('failedTitle', { host: outcome.host })}</strong> {text.message}</p>
          <p>{text.action}</p>
          {requestId && <p class="muted">{requestId}</p>}
          <p>{t('notSaved')}</p>
          {offersSaveAnyway(outcome.error) && (
            <div class="save-anyway">
              <p class="muted">{t('saveAnywayHint')}</p>
              <button type="button" onClick={onSaveAnyway} aria-disabled={busy}>{t('saveAnyway')}</button>
            </div>
          )}
        </div>
      );
    }
  }
}

export function Outcome(props: Props) {
  const region = useRef<HTMLDivElement>(null);
  const { kind } = props.outcome;
  useEffect(() => {
    // Move the focus to a final result so keyboard and screen reader users land on it.
    if (kind !== 'idle' && kind !== 'checking') region.current?.focus();
  }, [props.outcome]);
  return (
    <div
      ref={region}
      id="connect-outcome"
      class={`outcome outcome-${kind}`}
      tabIndex={-1}
      aria-live="polite"
      aria-atomic="true"
    >
      <Body {...props} />
    </div>
  );
}
