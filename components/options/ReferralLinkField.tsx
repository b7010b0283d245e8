/**
 * One account's referral link (prefs:<id>.referralLink), pasted from the site's cabinet. Checked
 * before it is saved (utils/referral-link.ts: a web link on the account's site that carries its
 * referral code); a link that fails is not saved and the reason says what to do. Saved when the
 * field is committed (Enter, leaving it, or "Save link"); an empty field removes the link.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Account } from '../../utils/model';
import { emptyPrefs, prefsItem } from '../../utils/storage/items';
import { checkReferralLink, referralProblemText } from '../../utils/referral-link';
import { tOptionsReferral as t } from '../../entrypoints/options/texts-referral';
import { hostOf } from '../../entrypoints/options/connectInput';
import { useStored } from './useStored';

interface Props {
  account: Account;
  /** The account's referral code from its cache, null until the first sync brings it. */
  code: string | null;
  /** The id of the account's name, read out with the field (the list may hold several accounts). */
  nameId: string;
}

export function ReferralLinkField({ account, code, nameId }: Props) {
  const item = useMemo(() => prefsItem(account.id), [account.id]);
  const stored = useStored(item)?.referralLink ?? null;
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => setText(stored ?? ''), [stored]);

  const id = `referral-${account.id}`;
  const context = { origin: account.origin, code };
  const host = hostOf(account.origin);
  // A saved link the site's current code no longer matches: say so (the popup hides it).
  const storedCheck = stored === null ? null : checkReferralLink(stored, context);
  const stale = error === '' && text === stored && storedCheck && !storedCheck.ok ? storedCheck.problem : null;

  async function commit() {
    const trimmed = text.trim();
    if (trimmed === (stored ?? '')) return;
    let next: string | null = null;
    if (trimmed !== '') {
      const checked = checkReferralLink(trimmed, context);
      if (!checked.ok) {
        setError(referralProblemText(checked.problem, context));
        setNote(t('referralNotSaved'));
        return;
      }
      next = checked.link;
    }
    setError('');
    // Read fresh: the other prefs of the account (minimum withdrawal, goal) are set elsewhere on this page.
    await item.set({ ...emptyPrefs(), ...(await item.get()), referralLink: next });
    setNote(next === null ? t('referralRemoved') : t('referralSaved'));
  }

  const describedBy = [`${id}-hint`, error && `${id}-error`, stale && `${id}-stale`, nameId].filter(Boolean).join(' ');
  return (
    <form class="field referral-field" noValidate onSubmit={(e) => { e.preventDefault(); void commit(); }}>
      <label for={id}>{t('referralLabel')}</label>
      <div class="with-button">
        <input
          id={id}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={`https://${host}/…`}
          value={text}
          aria-invalid={error !== ''}
          aria-describedby={describedBy}
          onInput={(e) => { setText(e.currentTarget.value); setError(''); setNote(''); }}
          onChange={() => void commit()}
        />
        <button type="submit">{t('referralSave')}</button>
      </div>
      <p id={`${id}-hint`} class="hint">{code ? t('referralHintCode', { host, code }) : t('referralHint', { host })}</p>
      {error && <p id={`${id}-error`} class="field-error" role="alert">{error}</p>}
      {stale && <p id={`${id}-stale`} class="warn">{t('referralStale')} {referralProblemText(stale, context)}</p>}
      <p class="notice" role="status">{note}</p>
    </form>
  );
}
