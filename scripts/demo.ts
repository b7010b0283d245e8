/**
 * `npm run demo`: the extension against the bundled mock partner API, in one command.
 * Builds the e2e-mode extension (127.0.0.1 granted up front), starts a lively mock account
 * (a new referral exchange every minute), opens Chromium with the extension and connects it
 * through the real options page. With a display it stays open until Ctrl-C; without one it
 * runs headless, saves a popup screenshot, prints where, and exits.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from '@wxt-dev/browser';
import path from 'node:path';
import { MOCK_KEYS } from './mock-server/keys';
import { startMockServer, type MockServer } from './mock-server/server';
import { systemLocale } from './mock-server/system-locale';
import { buildE2eExtension, CHROMIUM_MISSING, findChromium, hasDisplay, launchWithExtension, ROOT, type ExtensionBrowser } from './chromium';
import { setPollMinutes, submitConnect, waitConnected } from '../e2e/ui';

const LIVE_EVERY_MS = 60_000;
const PREFERRED_PORT = 8787;
const SCREENSHOT = path.join(ROOT, '.output', 'demo', 'popup.png');

const say = (text: string) => console.log(`demo: ${text}`);

/** `chrome` inside serviceWorker.evaluate callbacks (they run in the extension). */
declare const chrome: typeof Browser;

/** The demo's language: DEMO_LANG (ru or en) if given, else the system's; the browser and the mock's texts follow it. */
const LOCALE = process.env.DEMO_LANG === 'ru' || process.env.DEMO_LANG === 'en' ? process.env.DEMO_LANG : systemLocale();

async function startMock(): Promise<MockServer> {
  const options = { exchanges: 36, withdrawals: 12, liveEveryMs: LIVE_EVERY_MS, quiet: true, locale: LOCALE };
  return startMockServer({ ...options, port: PREFERRED_PORT }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    return startMockServer({ ...options, port: 0 });
  });
}

async function badge(browser: ExtensionBrowser): Promise<string> {
  return browser.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
}

/** Connect through the options page as a user would, with a 1-minute update interval. */
async function connect(browser: ExtensionBrowser, mock: MockServer) {
  const options = await browser.openPage('options.html', { width: 1000, height: 800 });
  await submitConnect(options, { address: mock.url, key: MOCK_KEYS.full, label: LOCALE === 'ru' ? 'Демо-обменник' : 'Demo exchanger' });
  await waitConnected(options);
  await setPollMinutes(options, 1);
  return options;
}

/**
 * Wait until the syncs that connecting started (saving the account, changing the interval) are
 * committed and no sync lease is held: an alarm fired during one would join it (single flight)
 * and miss exchanges added after it began.
 */
async function syncsSettled(browser: ExtensionBrowser): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const settled = await browser.serviceWorker.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      const caches = Object.keys(all).filter((k) => k.startsWith('cache:')).map((k) => all[k] as { lastSuccessAt?: number | null } | undefined);
      const leases = Object.keys(all).filter((k) => k.startsWith('lease:') && all[k]);
      return caches.length > 0 && caches.every((c) => c?.lastSuccessAt != null) && leases.length === 0;
    });
    if (settled) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Headless: make a few exchanges arrive now, let the background pick them up, photograph the popup. */
async function headlessTour(browser: ExtensionBrowser, mock: MockServer): Promise<void> {
  await syncsSettled(browser);
  await fetch(`${mock.url}/__mock/exchanges`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"count":3}' });
  // What the 1-minute alarm would do, without the wait.
  await browser.serviceWorker.evaluate(() => chrome.alarms.create('sync', { when: Date.now(), periodInMinutes: 1 }));
  const deadline = Date.now() + 20_000;
  while ((await badge(browser)) === '' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  say(`toolbar badge after 3 new exchanges: "${await badge(browser)}"`);
  const popup = await browser.openPage('popup.html', { width: 380, height: 600 });
  await popup.locator('output.balance').waitFor();
  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await popup.screenshot({ path: SCREENSHOT, fullPage: true, animations: 'disabled' });
  say(`popup screenshot: ${SCREENSHOT}`);
}

/** Headed: say in the terminal whenever the toolbar badge changes. */
function followBadge(browser: ExtensionBrowser): void {
  let last = '';
  const timer = setInterval(() => {
    badge(browser).then((text) => {
      if (text !== last) say(`toolbar badge: "${text}"`);
      last = text;
    }, () => undefined);
  }, 5_000);
  timer.unref();
}

async function main(): Promise<void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(CHROMIUM_MISSING);
  const headed = hasDisplay();

  say('building the extension (wxt build --mode e2e)…');
  const extensionPath = buildE2eExtension();
  say(`built ${extensionPath}`);

  const mock = await startMock();
  say(`mock partner API at ${mock.url} (a new referral exchange every ${LIVE_EVERY_MS / 1000} s; language ${LOCALE}, DEMO_LANG=ru|en to change)`);
  say(`  site address: ${mock.url}`);
  say(`  API key (full access, a public test key): ${MOCK_KEYS.full}`);
  say(`  control: curl -X POST ${mock.url}/__mock/exchanges -H 'content-type: application/json' -d '{"count":3}'`);

  say(`starting ${headed ? 'Chromium' : 'headless Chromium (no display found)'}: ${chromiumPath}`);
  let browser: ExtensionBrowser | null = null;
  const stop = async (code: number) => {
    await browser?.close();
    await mock.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    browser = await launchWithExtension({ extensionPath, executablePath: chromiumPath, headless: !headed, lang: LOCALE === 'ru' ? 'ru' : 'en-US' });
    say(`extension loaded, id ${browser.extensionId}`);
    say('connecting through the options page with the full-access key…');
    await connect(browser, mock);
    say('connected; the extension checks the site every minute (set on the options page).');

    if (!headed) {
      await headlessTour(browser, mock);
      say('done (headless run: nothing to keep open).');
      await stop(0);
      return;
    }
    browser.context.on('close', () => void stop(0));
    followBadge(browser);
    say('Pin "iEX Partner" (puzzle-piece menu) and watch its badge count new exchanges; click it to see them.');
    say('Press Ctrl-C to stop.');
  } catch (error) {
    console.error(`demo failed: ${(error as Error).message}`);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${(error as Error).message}`);
  process.exit(1);
});
