/**
 * Once a site is connected: how to pin the toolbar icon (browsers hide a new extension's icon
 * behind the Extensions menu), until the partner closes the hint; closing it is remembered.
 */
import { pinHintClosedItem } from '../../utils/storage/items';
import { tOnboarding as g } from '../../entrypoints/options/texts-onboarding';
import { useStored } from './useStored';

/** Firefox names the steps differently (a gear menu item instead of a pin); WXT builds each browser apart. */
const isFirefox = () => Boolean(import.meta.env.FIREFOX);

/** `onClosed`: where focus goes once the hint (and its button) is gone. */
export function PinHint({ onClosed }: { onClosed?: () => void }) {
  const closed = useStored(pinHintClosedItem);
  if (closed !== false) return null;
  const close = () => {
    void pinHintClosedItem.set(true);
    onClosed?.();
  };
  return (
    <section class="pin-hint" aria-labelledby="pin-heading">
      <h2 id="pin-heading">{g('pinHeading')}</h2>
      <p>{g(isFirefox() ? 'pinFirefox' : 'pinChrome')}</p>
      <button type="button" onClick={close}>{g('pinDismiss')}</button>
    </section>
  );
}
