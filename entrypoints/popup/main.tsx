/**
 * Popup page entry: starts reading storage at once, then mounts the root component
 * (components/popup/Popup.tsx) with the data, so its first frame shows the balance.
 */
import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { openPopupData } from '../../components/popup/usePopupData';
import { locale } from '../../utils/i18n';
import '../../components/theme.css';
import '../../components/components.css';
import './popup.css';

const source = openPopupData();
document.documentElement.lang = locale();
void source.ready.then(() => render(<Popup source={source} />, document.getElementById('app')!));
