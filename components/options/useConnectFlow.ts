/**
 * The Connect flow of the options page, in the order the browser demands: check the form (sync) →
 * ask for the host permission (the handler's FIRST await, or the browser ignores the user gesture)
 * → hand the rest to the background (saveAccount / editAccount: check the site, save, first sync;
 * a failed check gives the permission back there, even if this tab is closed meanwhile). A failed
 * check saves nothing unless the user picks "Save anyway" after a network-level failure (the site
 * may just be down now).
 */
import { useState } from 'preact/hooks';
import type { Account, SummaryRecord } from '../../utils/model';
import type { Failure, FailureKind } from '../../utils/errors';
import { send } from '../../utils/send';
import { requestOrigin } from '../../entrypoints/options/permissions';
import { checkForm, type Draft, type FieldErrors, type FormInput } from '../../entrypoints/options/connectInput';

export type Outcome =
  | { kind: 'idle' }
  | { kind: 'checking'; host: string }
  | { kind: 'denied'; host: string }
  | { kind: 'failed'; host: string; error: Failure; draft: Draft }
  | { kind: 'saved'; how: 'connected' | 'edited' | 'anyway'; label: string; summary: SummaryRecord | null };

/** Failures where the site may simply be down right now: only these offer "Save anyway". */
const SITE_DOWN_KINDS: ReadonlySet<FailureKind> = new Set(['network', 'timeout', 'server']);
export const offersSaveAnyway = (error: Failure): boolean => SITE_DOWN_KINDS.has(error.kind);

const IDLE: Outcome = { kind: 'idle' };

interface FlowOptions {
  accounts: readonly Account[];
  editing: Account | null;
  onSaved: () => void;
}

/** The background's save or edit of a draft; `verify` false saves without checking the site. */
function store(draft: Draft, verify: boolean) {
  const fields = { origin: draft.origin, key: draft.key, label: draft.label, verify };
  return draft.id ? send('editAccount', { accountId: draft.id, ...fields }) : send('saveAccount', fields);
}

export function useConnectFlow({ accounts, editing, onSaved }: FlowOptions) {
  const [outcome, setOutcome] = useState<Outcome>(IDLE);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function save(granted: Promise<boolean> | null, draft: Draft, verify: boolean): Promise<Outcome> {
    if (granted && !(await granted)) return { kind: 'denied', host: draft.host };
    const answer = await store(draft, verify);
    if (!answer.ok) return { kind: 'failed', host: draft.host, error: answer.error, draft };
    onSaved();
    const how = !verify && draft.test ? 'anyway' : draft.id ? 'edited' : 'connected';
    return { kind: 'saved', how, label: draft.label, summary: answer.summary };
  }

  async function settle(work: Promise<Outcome>): Promise<void> {
    setOutcome(await work);
    setBusy(false);
  }

  /** Called synchronously from the form's submit event. */
  function submit(input: FormInput): void {
    if (busy) return;
    const checked = checkForm(input, editing, accounts);
    if (!checked.ok) {
      setErrors(checked.errors);
      setOutcome(IDLE);
      return;
    }
    const { draft } = checked;
    // First thing after the sync checks: the permission prompt needs the live user gesture.
    const granted = draft.test ? requestOrigin(draft.origin) : null;
    setErrors({});
    setBusy(true);
    if (granted) setOutcome({ kind: 'checking', host: draft.host });
    void settle(save(granted, draft, draft.test));
  }

  /** "Save anyway" is a click too: the permission is asked again (a failed check gave it back). */
  function saveAnyway(): void {
    if (busy || outcome.kind !== 'failed' || !offersSaveAnyway(outcome.error)) return;
    const { draft } = outcome;
    const granted = requestOrigin(draft.origin);
    setBusy(true);
    void settle(save(granted, draft, false));
  }

  function reset(): void {
    setOutcome(IDLE);
    setErrors({});
  }

  return { outcome, errors, busy, submit, saveAnyway, reset };
}
