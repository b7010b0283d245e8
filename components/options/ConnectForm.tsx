/**
 * The address / API key / label form. It only collects text and reports field
 * errors; the flow itself (permission, test, save) lives in useConnectFlow.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Account } from '../../utils/model';
import { tOptions as t } from '../../entrypoints/options/texts';
import type { FieldErrors, FieldName, FormInput } from '../../entrypoints/options/connectInput';
import { maskKey } from '../../entrypoints/options/maskKey';

interface Props {
  editing: Account | null;
  errors: FieldErrors;
  busy: boolean;
  /** Focus the first field on mount (the user opened the form; not on page load). */
  focusFirst: boolean;
  /** Which field focusFirst focuses: the key when the popup sent the user to enter a new one. */
  focusField?: FieldName;
  onSubmit: (input: FormInput) => void;
  onCancel?: () => void;
}

/** aria-describedby for a field: its hint, then its error when there is one. */
const describedBy = (id: string, error: string | undefined) => (error ? `${id}-hint ${id}-error` : `${id}-hint`);

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? <p id={`${id}-error`} class="field-error">{text}</p> : null;
}

export function ConnectForm({ editing, errors, busy, focusFirst, focusField = 'address', onSubmit, onCancel }: Props) {
  const [address, setAddress] = useState(editing?.origin ?? '');
  const [key, setKey] = useState('');
  const [label, setLabel] = useState(editing?.label ?? '');
  const [showKey, setShowKey] = useState(false);
  const fields: Record<FieldName, { current: HTMLInputElement | null }> = {
    address: useRef<HTMLInputElement>(null),
    key: useRef<HTMLInputElement>(null),
  };

  useEffect(() => {
    if (focusFirst) fields[focusField].current?.focus();
  }, []);
  useEffect(() => {
    // After a failed check, take the user to the first field to fix.
    const first = (['address', 'key'] as const).find((name) => errors[name]);
    if (first) fields[first].current?.focus();
  }, [errors]);

  const submit = (event: Event) => {
    event.preventDefault();
    // Synchronous on purpose: the flow asks for the host permission inside this gesture.
    onSubmit({ address, key, label });
  };

  return (
    <form
      class="connect-form" onSubmit={submit} noValidate aria-labelledby="connect-heading"
      // Escape closes the form like Cancel (when there is something to go back to).
      onKeyDown={(event) => { if (event.key === 'Escape' && onCancel) { event.preventDefault(); onCancel(); } }}
    >
      <h3 id="connect-heading">{editing ? t('editHeading', { label: editing.label }) : t('connectHeading')}</h3>

      <div class="field">
        <label for="site-address">{t('addressLabel')}</label>
        <input
          ref={fields.address}
          id="site-address"
          type="text"
          inputMode="url"
          autoComplete="url"
          autoCapitalize="none"
          spellcheck={false}
          placeholder="exchanger.com"
          value={address}
          onInput={(e) => setAddress(e.currentTarget.value)}
          aria-required="true"
          aria-invalid={errors.address ? 'true' : 'false'}
          aria-describedby={describedBy('site-address', errors.address)}
        />
        <p id="site-address-hint" class="hint">{t('addressHint')}</p>
        <FieldError id="site-address" text={errors.address} />
      </div>

      <div class="field">
        <label for="api-key">{t('keyLabel')}</label>
        <div class="with-button">
          <input
            ref={fields.key}
            id="api-key"
            type={showKey ? 'text' : 'password'}
            autoComplete="off"
            autoCapitalize="none"
            spellcheck={false}
            value={key}
            onInput={(e) => setKey(e.currentTarget.value)}
            aria-required={editing ? 'false' : 'true'}
            aria-invalid={errors.key ? 'true' : 'false'}
            aria-describedby={describedBy('api-key', errors.key)}
          />
          <button
            type="button"
            class="toggle-key"
            aria-controls="api-key"
            aria-label={showKey ? t('hideKeyName') : t('showKeyName')}
            onClick={() => setShowKey(!showKey)}
          >
            {showKey ? t('hideKey') : t('showKey')}
          </button>
        </div>
        <p id="api-key-hint" class="hint">
          {editing ? t('keyKeepHint', { masked: maskKey(editing.key) }) : t('keyHint')}
        </p>
        <FieldError id="api-key" text={errors.key} />
      </div>

      <div class="field">
        <label for="account-label">{t('labelLabel')}</label>
        <input
          id="account-label"
          type="text"
          maxLength={80}
          value={label}
          onInput={(e) => setLabel(e.currentTarget.value)}
          aria-describedby="account-label-hint"
        />
        <p id="account-label-hint" class="hint">{t('labelHint')}</p>
      </div>

      <div class="actions">
        <button type="submit" class="primary" aria-disabled={busy}>{editing ? t('save') : t('connect')}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('cancel')}</button>}
      </div>
    </form>
  );
}
