/** Popup page entry: mounts the root component (components/popup/Popup.tsx) with the theme and popup styles. */
import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { locale } from '../../utils/i18n';
import '../../components/theme.css';
import '../../components/components.css';
import './popup.css';

document.documentElement.lang = locale();
render(<Popup />, document.getElementById('app')!);
