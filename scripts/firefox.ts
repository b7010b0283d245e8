/**
 * Real Firefox (Debian's firefox-esr) with a built extension installed, for the Firefox e2e suite:
 * puppeteer-core over WebDriver BiDi (no geckodriver), a throw-away HOME/XDG/TMPDIR and profile,
 * the extension as a temporary add-on at a pinned UUID, console errors read from Firefox's stdout,
 * and the chrome-scope helpers a user's clicks stand for (the permission prompt, the event page).
 * Traps and why each pref exists: ../shared/TOOLCHAIN.md ("Real Firefox for e2e"), e2e/firefox/README.md.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_MISSING =
  'Firefox not found. Install it: sudo apt-get install -y --no-install-recommends firefox-esr, or set FIREFOX_PATH=/path/to/firefox';

/** The add-on id from wxt.config.ts and the UUID its pages get (moz-extension://<uuid>/). */
export const GECKO_ID = 'iex-partner@iex-partner.app';
export const EXTENSION_UUID = '5c1e2a80-4b0e-4c5e-9f2a-1e2a4b0e4c5e';
export const EXTENSION_URL = `moz-extension://${EXTENSION_UUID}/`;

/** FIREFOX_PATH if set (and it exists), else the first known install; null when there is none. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? env.FIREFOX_PATH : null;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'].find((p) => existsSync(p)) ?? null;
}

/** Firefox output that is not the extension's and not an error of ours (see TOOLCHAIN.md). */
const NOISE = [/NavigationManager/, /PrivateBrowsingUtils/, /GLib-GObject-CRITICAL/, /libnotify/i, /Gtk-WARNING|GLib-WARNING/];

/** A console line Firefox printed for an extension page or the background (devtools.console.stdout.content). */
export function extensionConsoleError(line: string): string | null {
  if (!/^console\.error:/.test(line) && !/^JavaScript error: moz-extension:/.test(line)) return null;
  if (NOISE.some((pattern) => pattern.test(line))) return null;
  return line;
}

export interface FirefoxOptions {
  extensionPath: string;
  lang?: 'en-US' | 'ru';
  colorScheme?: 'light' | 'dark';
  /** Where downloads land; default a folder in the temp home. */
  downloadDir?: string;
}

export interface FirefoxExtension {
  browser: Browser;
  home: string;
  downloadDir: string;
  /** Extension console errors Firefox printed (the in-page traps add theirs in the harness). */
  consoleErrors: string[];
  openPage(file: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Evaluate an expression in the browser window's chrome scope (privileged); answers JSON. */
  chrome<T = unknown>(expression: string): Promise<T>;
  /** Press Allow or Deny on the add-on permission prompt once it shows. */
  answerPermissionPrompt(answer: 'allow' | 'deny', timeoutMs?: number): Promise<void>;
  /** The MV3 event page's state ('running', 'stopped', …) and stopping it as about:debugging does. */
  backgroundState(): Promise<string>;
  terminateBackground(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_MISSING);
  if (!existsSync(path.join(options.extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${options.extensionPath}: build it first (scripts/e2e-firefox.ts does).`);
  }
  // Firefox writes into $HOME (.mozilla, .cache, Downloads): everything goes into a temp home.
  const home = mkdtempSync(path.join(tmpdir(), 'iex-partner-firefox-'));
  const downloadDir = options.downloadDir ?? path.join(home, 'Downloads');
  for (const dir of ['tmp', 'config', 'cache', 'data', 'profile']) mkdirSync(path.join(home, dir), { recursive: true });
  mkdirSync(downloadDir, { recursive: true });
  const lang = options.lang ?? 'en-US';

  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Console messages of extension pages and the background go to stdout, where we read them.
    'devtools.console.stdout.content': true,
    // Without a notification daemon the system backend closes notifications at once.
    'alerts.useSystemBackend': false,
    'intl.accept_languages': lang === 'ru' ? 'ru' : 'en-US',
    'intl.locale.requested': lang === 'ru' ? 'ru' : 'en-US',
    'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.helperApps.neverAsk.saveToDisk': 'text/csv',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
  };

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Without it BiDi refuses to navigate to moz-extension:// and to reach the chrome scope.
    args: ['--remote-allow-system-access'],
    userDataDir: path.join(home, 'profile'),
    extraPrefsFirefox: prefs,
    env: {
      ...process.env,
      HOME: home,
      TMPDIR: path.join(home, 'tmp'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_CACHE_HOME: path.join(home, 'cache'),
      XDG_DATA_HOME: path.join(home, 'data'),
      MOZ_CRASHREPORTER_DISABLE: '1',
    },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });

  const consoleErrors: string[] = [];
  let pending = '';
  const onOutput = (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const error = extensionConsoleError(line.trim());
      if (error) consoleErrors.push(error);
    }
  };
  browser.process()?.stdout?.on('data', onOutput);
  browser.process()?.stderr?.on('data', onOutput);

  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(home, { recursive: true, force: true, maxRetries: 3 });
  };

  // The raw BiDi connection: the chrome scope is not a puppeteer Page.
  const send = (method: string, params: object) =>
    (browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: any }> } }).connection.send(method, params);

  const chromeContext = async (): Promise<string> => {
    const { result } = await send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = (result.contexts as { context: string; url: string }[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('no Firefox browser window in the chrome scope');
    return window.context;
  };

  const chrome = async <T,>(expression: string): Promise<T> => {
    const context = await chromeContext();
    const { result } = await send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (async () => { ${expression} })() ?? null))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`chrome scope: ${result.exceptionDetails?.text ?? 'exception'}`);
    return JSON.parse(result.result.value) as T;
  };

  try {
    await browser.installExtension(path.resolve(options.extensionPath));
    await awaitOnboardingTab(chrome);
    return {
      browser,
      home,
      downloadDir,
      consoleErrors,
      close,
      chrome,
      async openPage(file, viewport) {
        const page = await browser.newPage();
        if (viewport) await page.setViewport(viewport);
        const url = EXTENSION_URL + file;
        // Extension tabs send no load events over BiDi: goto never settles, so poll the document instead.
        page.goto(url).catch(() => undefined);
        const deadline = Date.now() + 15_000;
        for (;;) {
          const ready = await page
            .evaluate(() => [location.href, document.readyState] as const)
            .catch(() => ['', ''] as const);
          if (ready[0] === url && ready[1] === 'complete') return page;
          if (Date.now() > deadline) throw new Error(`${file} did not load (at ${ready[0] || 'nothing'})`);
          await sleep(50);
        }
      },
      async answerPermissionPrompt(answer, timeoutMs = 10_000) {
        // The panel's own properties: `button` is Allow, `secondaryButton` is Deny.
        const button = answer === 'allow' ? 'button' : 'secondaryButton';
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const pressed = await chrome<boolean>(`
            const panel = document.querySelector('#addon-webext-permissions-notification');
            const button = panel && !panel.hidden && panel.checkVisibility() && panel.${button};
            if (!button) return false;
            button.click();
            return true;`);
          if (pressed) return;
          if (Date.now() > deadline) throw new Error('the permission prompt did not show');
          await sleep(100);
        }
      },
      backgroundState: () =>
        chrome<string>(`
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          return String(ExtensionParent.GlobalManager.getExtension('${GECKO_ID}').backgroundState);`),
      async terminateBackground() {
        await chrome(`
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          await ExtensionParent.GlobalManager.getExtension('${GECKO_ID}').terminateBackground({ disableResetIdleForTest: true });`);
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Installing opens the options page (entrypoints/background/onboarding.ts), a moment later. A
 * test's own options tab opened in that moment could be the one Firefox reuses and reloads under
 * it, so the onboarding tab is awaited first (and left open: it may be the window's only tab). It
 * must come: its absence is a failure.
 */
async function awaitOnboardingTab(chrome: <T>(expression: string) => Promise<T>): Promise<void> {
  const url = JSON.stringify(EXTENSION_URL + 'options.html');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const opened = await chrome<boolean>(`return gBrowser.tabs.some((t) => t.linkedBrowser.currentURI.spec === ${url});`);
    if (opened) return;
    if (Date.now() > deadline) throw new Error('installing did not open the options page (onboarding)');
    await sleep(50);
  }
}
