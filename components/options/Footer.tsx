/**
 * The options page footer: the version, that the extension is unofficial (not iEXExchanger's),
 * and the privacy policy (PRIVACY.md, bundled as privacy.html), which also says where to ask.
 */
import { browser } from 'wxt/browser';
import { tOptions as t } from '../../entrypoints/options/texts';

/** The installed version; '' where there is no manifest to read (component tests). */
function installedVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}

export function Footer() {
  const version = installedVersion();
  return (
    <footer class="page-footer">
      <p>
        {version ? `iEX Partner ${version} · ` : ''}
        {t('unofficial')}
      </p>
      <p>
        <a href="/privacy.html" target="_blank" rel="noopener">{t('privacyLink')}</a>
      </p>
    </footer>
  );
}
