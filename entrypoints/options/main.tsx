import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { locale } from '../../utils/i18n';
import { tOptions } from './texts';
import '../../components/shared/theme.css';
import './options.css';

document.documentElement.lang = locale();
document.title = tOptions('pageTitle');
render(<OptionsPage />, document.getElementById('app')!);
