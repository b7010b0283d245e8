/**
 * Popup page entry: storage is being read already (./startReading.ts, imported first); mounts the
 * root component (components/popup/Popup.tsx) once the data is there, so the first frame shows
 * the balance. The styles come inside this script (`?inline`) rather than as stylesheet files:
 * every file an extension page loads before its first paint costs a round trip to the browser
 * process, and a stylesheet also holds the scripts back (about 15 ms here, see BENCHMARKS.md).
 */
import { source } from './startReading';
import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { addStyles } from '../../components/popup/addStyles';
import { locale } from '../../utils/i18n';
import theme from '../../components/shared/theme.css?inline';
import components from '../../components/popup/components.css?inline';
import popup from './popup.css?inline';

addStyles(theme + components + popup);
document.documentElement.lang = locale();
void source.ready.then(() => render(<Popup source={source} />, document.getElementById('app')!));
