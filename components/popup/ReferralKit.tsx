/**
 * The referral kit under the balance figures: the partner's referral link (pasted in the options
 * page, checked again here against the account's site and current referral code), "Copy link",
 * and on demand its QR code with a PNG download (./QrPanel, a chunk of its own: only a click on
 * "QR code" loads the QR library). The referral code itself is copied in ./BalanceFigures.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { follow } from '../../utils/storage/follow';
import { prefsItem } from '../../utils/storage/items';
import { checkReferralLink, referralProblemText } from '../../utils/referral-link';
import type { Account, AccountPrefs } from '../../utils/model';
import { tReferral as t } from '../../entrypoints/popup/texts-referral';
import { tPopup } from '../../entrypoints/popup/texts';
import { useCopy } from './CopyButton';
import { later, useLater } from './later';
import { addStyles } from './addStyles';
import styles from './referral.css?inline';

addStyles(styles);

const qrPanel = later(() => import('./QrPanel'));

function usePrefs(accountId: string): AccountPrefs | null {
  const [prefs, setPrefs] = useState<AccountPrefs | null>(null);
  useEffect(() => follow(prefsItem(accountId), (next) => setPrefs(() => next)), [accountId]);
  return prefs;
}

const openSettings = () => void browser.runtime.openOptionsPage();

function CopyLink({ link }: { link: string }) {
  const [state, copy] = useCopy(link);
  return (
    <>
      <button type="button" aria-label={t('copyLinkName')} onClick={copy}>
        {state === 'copied' ? tPopup('copied') : t('copyLink')}
      </button>
      <span role="status" class="visually-hidden">{state === 'copied' ? tPopup('copied') : ''}</span>
      {state === 'failed' && <span role="alert" class="copy-failed error">{tPopup('copyFailed')}</span>}
    </>
  );
}

/** The QR panel, loaded on the first click of "QR code" (later's box starts loading it only then). */
function Qr({ link, origin }: { link: string; origin: string }) {
  const Panel = useLater(qrPanel)?.QrPanel;
  return Panel ? <Panel link={link} origin={origin} /> : null;
}

export function ReferralKit({ account, code }: { account: Account; code: string | null }) {
  const prefs = usePrefs(account.id);
  const [showQr, setShowQr] = useState(false);
  const stored = prefs?.referralLink ?? null;
  if (prefs === null || (stored === null && !code)) return null;
  const headingId = `referral-${account.id}`;

  if (stored === null) {
    return (
      <section class="referral muted" aria-labelledby={headingId}>
        <p><span id={headingId}>{t('link')}</span>: {t('noLink')} <button type="button" class="link" onClick={openSettings}>{t('openSettings')}</button></p>
      </section>
    );
  }
  const context = { origin: account.origin, code };
  const checked = checkReferralLink(stored, context);
  if (!checked.ok) {
    return (
      <section class="referral" aria-labelledby={headingId}>
        <p class="warn" id={headingId}>{t('badLink', { problem: referralProblemText(checked.problem, context) })}</p>
        <button type="button" class="link" onClick={openSettings}>{t('openSettings')}</button>
      </section>
    );
  }
  const { link } = checked;
  return (
    <section class="referral" aria-labelledby={headingId}>
      <div class="referral-row">
        <span class="muted" id={headingId}>{t('link')}</span>
        <span class="referral-link" title={link}>{link}</span>
      </div>
      <div class="referral-actions">
        <CopyLink link={link} />
        <button type="button" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
          {showQr ? t('hideQr') : t('showQr')}
        </button>
      </div>
      {showQr && <Qr key={link} link={link} origin={account.origin} />}
    </section>
  );
}
