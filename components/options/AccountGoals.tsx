/**
 * One account's minimum withdrawal and monthly goal (prefs:<id>), saved when a field is left (no
 * Save button). Only these two fields are written: the account's other prefs stay as they are.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Account, AccountPrefs } from '../../utils/model';
import { prefsItem } from '../../utils/storage/items';
import { amountText, parseAmount } from '../../entrypoints/options/amount';
import { tAlerts as t } from '../../entrypoints/options/texts-alerts';
import { useStored } from './useStored';

type Field = 'minWithdrawal' | 'monthlyGoal';
const FIELDS: { key: Field; hint: 'minWithdrawalHint' | 'monthlyGoalHint' }[] = [
  { key: 'minWithdrawal', hint: 'minWithdrawalHint' },
  { key: 'monthlyGoal', hint: 'monthlyGoalHint' },
];

function AmountField({ id, label, hint, value, onCommit }: {
  id: string; label: string; hint: string; value: number | null; onCommit: (value: number | null) => void;
}) {
  // What the partner typed, while the stored value is still the one it was typed over; a new stored
  // value (saved here or in another tab) shows as stored.
  const [typed, setTyped] = useState<{ text: string; over: number | null } | null>(null);
  const text = typed && typed.over === value ? typed.text : amountText(value);
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const parsed = parseAmount(text);
    setInvalid(!parsed.ok);
    if (parsed.ok && parsed.value !== value) onCommit(parsed.value);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        class="short"
        type="text"
        inputMode="decimal"
        value={text}
        onInput={(e) => setTyped({ text: e.currentTarget.value, over: value })}
        onChange={commit}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
      />
      {invalid && <p id={`${id}-error`} class="field-error">{t('amountInvalid')}</p>}
      <p id={`${id}-hint`} class="hint">{hint}</p>
    </div>
  );
}

export function AccountGoals({ account, currency }: { account: Pick<Account, 'id' | 'label'>; currency: string | null }) {
  const item = useMemo(() => prefsItem(account.id), [account.id]);
  const prefs = useStored(item);
  const [note, setNote] = useState('');
  if (!prefs) return null;
  const unit = currency?.toUpperCase() ?? t('currencyUnknown');
  const save = (patch: Partial<AccountPrefs>) => {
    // Read again right before writing: another field of the prefs may have changed meanwhile.
    void item.get().then((latest) => item.set({ ...latest, ...patch })).then(() => setNote(t('goalsSaved', { label: account.label })));
  };
  return (
    <fieldset class="goals">
      <legend>{t('goalsLegend')}</legend>
      {FIELDS.map(({ key, hint }) => (
        <AmountField
          key={key}
          id={`${key}-${account.id}`}
          label={t(key, { currency: unit })}
          hint={t(hint)}
          value={prefs[key]}
          onCommit={(value) => save({ [key]: value })}
        />
      ))}
      <p class="notice" role="status">{note}</p>
    </fieldset>
  );
}
