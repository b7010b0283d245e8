/**
 * The Connect flow of the options page, in the order the browser and the issue demand:
 * check the form (sync) → ask for the host permission (the handler's FIRST await,
 * or the browser ignores the user gesture) → test through the background → save.
 * A failed test saves nothing unless the user picks "Save anyway" after a
 * network-level failure (the site may just be down now).
 */
import { useState } from 'preact/hooks';
import type { Account, Layout, SummaryRecord } from '../../utils/model';
import type { ApiErrorKind } from '../../utils/api/errors';
import type { Failure } from '../../utils/protocol/schema';
import { send } from '../../utils/protocol/client';
import { releaseOrigin, requestOrigin } from '../../utils/permissions';
import { checkForm, type Draft, type FieldErrors, type FormInput } from './connectInput';

export type Outcome =
  | { kind: 'idle' }
  | { kind: 'checking'; host: string }
  | { kind: 'denied'; host: string }
  | { kind: 'failed'; host: string; error: Failure; draft: Draft }
  | { kind: 'saved'; how: 'connected' | 'edited' | 'anyway'; label: string; summary: SummaryRecord | null }
  | { kind: 'noAnswer' };

/** Failures where the site may simply be down right now: only these offer "Save anyway". */
const SITE_DOWN_KINDS: ReadonlySet<ApiErrorKind> = new Set(['network', 'timeout', 'server']);
export const offersSaveAnyway = (error: Failure): boolean => SITE_DOWN_KINDS.has(error.kind);

const IDLE: Outcome = { kind: 'idle' };

interface FlowOptions {
  accounts: readonly Account[];
  editing: Account | null;
  onSaved: () => void;
}

export function useConnectFlow({ accounts, editing, onSaved }: FlowOptions) {
  const [outcome, setOutcome] = useState<Outcome>(IDLE);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function save(draft: Draft, layout: Layout, summary: SummaryRecord | null): Promise<Outcome> {
    const account = { ...(draft.id ? { id: draft.id } : {}), origin: draft.origin, key: draft.key, label: draft.label, layout };
    const answer = await send({ type: 'saveAccount', account });
    if (!answer?.ok) return { kind: 'noAnswer' };
    if (draft.previousOrigin && draft.previousOrigin !== draft.origin) {
      const others = accounts.filter((a) => a.id !== draft.id);
      await releaseOrigin(draft.previousOrigin, [...others, { origin: draft.origin }]);
    }
    onSaved();
    const how = summary === null && draft.test ? 'anyway' : draft.id ? 'edited' : 'connected';
    return { kind: 'saved', how, label: draft.label, summary };
  }

  async function testThenSave(granted: Promise<boolean>, draft: Draft): Promise<Outcome> {
    if (!(await granted)) return { kind: 'denied', host: draft.host };
    const result = await send({ type: 'testConnection', origin: draft.origin, key: draft.key });
    if (!result) return { kind: 'noAnswer' };
    if (!result.ok) return { kind: 'failed', host: draft.host, error: result.error, draft };
    return save(draft, result.layout, result.summary);
  }

  async function settle(work: Promise<Outcome>): Promise<void> {
    try {
      setOutcome(await work);
    } catch {
      setOutcome({ kind: 'noAnswer' });
    } finally {
      setBusy(false);
    }
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
    if (granted) {
      setOutcome({ kind: 'checking', host: draft.host });
      void settle(testThenSave(granted, draft));
    } else {
      void settle(save(draft, draft.layout, null));
    }
  }

  function saveAnyway(): void {
    if (busy || outcome.kind !== 'failed' || !offersSaveAnyway(outcome.error)) return;
    setBusy(true);
    // The background re-detects the layout on its first successful sync.
    void settle(save(outcome.draft, 'v2', null));
  }

  function reset(): void {
    setOutcome(IDLE);
    setErrors({});
  }

  return { outcome, errors, busy, submit, saveAnyway, reset };
}
