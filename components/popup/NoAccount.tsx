/** First run: nothing connected yet. One friendly sentence and the way to the options page. */
import { browser } from 'wxt/browser';
import { tPopup as t } from '../../entrypoints/popup/texts';

export function NoAccount() {
  return (
    <main class="popup no-account">
      <h1>{t('connectTitle')}</h1>
      <p>{t('connectText')}</p>
      <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('connectButton')}
      </button>
    </main>
  );
}
