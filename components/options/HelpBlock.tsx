/** Where the API key is and what it needs: the three things partners get wrong. */
import { tOptions as t } from '../../entrypoints/options/texts';

export function HelpBlock() {
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
