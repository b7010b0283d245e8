import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createLogger } from 'vite';
import { privacyPageFrom } from './scripts/privacy-page';

// Hosts the e2e build grants up front: headless Chromium cannot answer the
// runtime permission prompt, so only that build skips it (see e2e/README.md).
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

// WXT sets NODE_ENV to the mode, and Vite builds anything but "production" as development code
// (JSX carrying source file names and lines, Preact's devtools hook). The e2e build that tests and
// the benchmark run must be the code users get; only its manifest and the blank.html page differ.
if (process.env.NODE_ENV === 'e2e') process.env.NODE_ENV = 'production';

/**
 * Vite's logger minus one message: zod 4 places `/* @__PURE__ *\/` annotations where Rollup cannot
 * use them (zod/v4/core/util.js, regexes.js), and Rollup says so, dropping those comments, on every
 * build. Harmless and not ours to fix; every other warning still prints. (A logger, because
 * `build.rollupOptions.onwarn` was tried and never sees this warning under WXT 0.20 / Vite 7.)
 */
function quietAboutZodComments() {
  const logger = createLogger('warn');
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    if (/node_modules\/zod\/.*contains an annotation that Rollup cannot interpret/s.test(message)) return;
    warn(message, options);
  };
  return logger;
}

export default defineConfig({
  // The size-budget test builds into a temporary directory.
  outDir: process.env.WXT_OUT_DIR || '.output',
  // The sources zip AMO asks for rebuilds the extension; the README's and the stores' pictures
  // are not needed for that (they were 1.4 of its 1.5 MB).
  zip: { excludeSources: ['docs/screenshots/**', 'docs/store/**'] },
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // Every browser call goes through `browser` from wxt/browser, which this module makes the
  // webextension-polyfill (the project's chosen compatibility layer for Chrome and Firefox).
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    customLogger: quietAboutZodComments(),
    // Every browser we support preloads modules natively: no polyfill in each page.
    build: { modulePreload: { polyfill: false } },
    // The CSV export's Worker (entrypoints/popup/export/csv-worker.ts) is a module, as the pages are.
    worker: { format: 'es' as const },
  }),
  hooks: {
    // PRIVACY.md as privacy.html in every build: the options page footer links to it.
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: 'privacy.html', contents: privacyPageFrom(`${wxt.config.root}/PRIVACY.md`) });
    },
    // blank.html is the benchmark's baseline page: only the e2e build carries it.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      const index = entrypoints.findIndex((entry) => entry.name === 'blank');
      if (index >= 0) entrypoints.splice(index, 1);
    },
    // The popup is built on its own, so it loads one script file and shares no chunk with the
    // options page: every file before its first paint is a round trip (BENCHMARKS.md). The
    // benchmark's baseline page likewise, so both start from the same place.
    'entrypoints:grouped': (wxt, groups) => {
      for (const name of ['popup', 'blank']) {
        const group = groups.find((g) => Array.isArray(g) && g.length > 1 && g.some((entry) => entry.name === name));
        if (!Array.isArray(group)) continue;
        const index = group.findIndex((entry) => entry.name === name);
        groups.push(group.splice(index, 1));
      }
    },
  },
  manifest: ({ browser, mode, manifestVersion }) => {
    // Site access is asked for at Connect, per site. localhost/127.0.0.1 stay in the store package
    // on purpose: the address rules allow plain HTTP only there (a partner's self-hosted or staging
    // install, and the bundled mock behind `npm run demo`), they are optional (no install warning,
    // never granted unless the user connects such an address and presses Allow), and they let the
    // Firefox suite test the very package the store gets, with the real prompt (e2e/firefox/).
    const optionalHosts = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
    const e2e = mode === 'e2e';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // unlimitedStorage: a long referral history (10 000 rows ≈ 1.5 MB) must never hit the 10 MB
      // quota and silently stop saving; it shows no install warning.
      // offscreen (Chrome only, no install warning): the optional new-bonus sound; a service worker
      // cannot play audio. Firefox's background page plays it itself and knows no such permission.
      permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['offscreen'])],
      // MV2 has no optional_host_permissions: there origins go in optional_permissions.
      ...(manifestVersion === 2 ? { optional_permissions: optionalHosts } : { optional_host_permissions: optionalHosts }),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'iex-partner@iex-partner.app',
                // data_collection_permissions is known from Firefox 140 (desktop) and 142 (Android).
                strict_min_version: '140.0',
                // AMO asks every new add-on to declare this: nothing is sent to us, only to the partner's own site.
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {
            // storage.session and optional_host_permissions need Chrome 102; the code is built for
            // Vite 7's default target, "baseline widely available" (Chrome 107): 107 covers both.
            minimum_chrome_version: '107',
          }),
      ...(e2e ? { host_permissions: E2E_HOSTS } : {}),
      action: { default_title: '__MSG_extName__' },
    };
  },
});
