import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode must not try to launch a browser on a machine without a display;
// load .output/chrome-mv3-dev by hand, or use `npm run demo`.
export default defineWebExtConfig({ disabled: true });
