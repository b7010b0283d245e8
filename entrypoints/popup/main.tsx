import { render } from 'preact';

render(<main>iEX Partner</main>, document.getElementById('app')!);
