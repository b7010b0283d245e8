/**
 * Beside the connect form. With no account yet (the page the install opened): the two steps to
 * start. Afterwards: where the API key is and what it needs, the three things partners get wrong.
 */
import { tOptions as t } from '../../entrypoints/options/texts';
import { tOnboarding as g } from '../../entrypoints/options/texts-onboarding';

function FirstRunGuide() {
  return (
    <aside class="help guide" aria-labelledby="help-heading">
      <h3 id="help-heading">{g('guideHeading')}</h3>
      <ol>
        <li><strong>{g('guideAddressTitle')}</strong> {g('guideAddress')}</li>
        <li><strong>{g('guideKeyTitle')}</strong> {g('guideKey')}</li>
      </ol>
      <p class="hint">{g('guideAdmin')}</p>
    </aside>
  );
}

export function HelpBlock({ firstRun = false }: { firstRun?: boolean }) {
  if (firstRun) return <FirstRunGuide />;
  return (
    <aside class="help" aria-labelledby="help-heading">
      <h3 id="help-heading">{t('helpHeading')}</h3>
      <ol>
        <li>{t('helpWhere')}</li>
        <li>{t('helpPermission')}</li>
        <li>{t('helpAdmin')}</li>
      </ol>
    </aside>
  );
}
