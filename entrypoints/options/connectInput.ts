/**
 * The connect form's synchronous check: it runs in the submit handler before the
 * permission prompt (which must be the handler's first await), so no promises here.
 * Turns what the user typed into the account draft to test and save.
 */
import type { Account } from '../../utils/model';
import { normalizeOrigin } from '../../utils/address';
import { errorText } from '../../utils/i18n/errors';
import { tOptions as t } from './texts';

export interface FormInput { address: string; key: string; label: string }
export type FieldName = 'address' | 'key';
export type FieldErrors = Partial<Record<FieldName, string>>;

export interface Draft {
  /** Set when editing an existing account. */
  id?: string;
  origin: string;
  key: string;
  label: string;
  /** "exchanger.com" (with the port, if any): for messages. */
  host: string;
  /** False when only the label changed: nothing to re-check with the site. */
  test: boolean;
}

export type Checked = { ok: true; draft: Draft } | { ok: false; errors: FieldErrors };

type KeyProblem = 'keyMissing' | 'keySpaces' | 'keyForNewAddress';

export const hostOf = (origin: string): string => new URL(origin).host;

/** Key rules of the contract: not empty, no whitespace; an edit may keep the saved key unless the site changes. */
function keyProblem(key: string, editing: Account | null, originChanged: boolean): KeyProblem | null {
  if (/\s/.test(key)) return 'keySpaces';
  if (key) return null;
  if (!editing) return 'keyMissing';
  // A key works only on the site that issued it; never send the old key to a new address.
  return originChanged ? 'keyForNewAddress' : null;
}

export function checkForm(input: FormInput, editing: Account | null, accounts: readonly Account[]): Checked {
  const errors: FieldErrors = {};
  const address = normalizeOrigin(input.address);
  if (!address.ok) {
    const text = errorText({ kind: 'invalidAddress', reason: address.reason });
    errors.address = `${text.message} ${text.action}`.trim();
  }
  const originChanged = address.ok && editing !== null && address.origin !== editing.origin;
  const typedKey = input.key.trim();
  const problem = keyProblem(typedKey, editing, originChanged);
  if (problem) errors.key = t(problem);
  if (!address.ok || problem) return { ok: false, errors };

  const origin = address.origin;
  const key = typedKey || editing!.key;
  const duplicate = accounts.find((a) => a.id !== editing?.id && a.origin === origin && a.key === key);
  if (duplicate) return { ok: false, errors: { address: t('duplicate', { label: duplicate.label }) } };

  const host = hostOf(origin);
  return {
    ok: true,
    draft: {
      ...(editing ? { id: editing.id } : {}),
      origin,
      key,
      label: input.label.trim() || host,
      host,
      test: !editing || originChanged || key !== editing.key,
    },
  };
}
