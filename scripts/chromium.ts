/**
 * Real Chromium with the extension loaded, for the e2e suite, the demo and the benchmark:
 * find a browser, launch a persistent context in a fresh temp profile, learn the extension id
 * from its service worker, and a few helpers (open an extension page, stop/start the worker).
 * playwright-core only (never `playwright`: it downloads browsers, which fails offline).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where `wxt build --mode e2e` writes: WXT names a custom mode's dir `<browser>-mv3-<mode>` (beside, not over, chrome-mv3). */
export const E2E_EXTENSION_DIR = path.resolve(ROOT, process.env.WXT_OUT_DIR || '.output', 'chrome-mv3-e2e');

export { CHROMIUM_MISSING, findChromium, hasDisplay, needsCdpLoading } from './chromium-find';
import { CHROMIUM_MISSING, findChromium, needsCdpLoading } from './chromium-find';

export type BrowserLang = 'en-US' | 'ru';

export interface LaunchOptions {
  /** The unpacked extension; default the e2e build. */
  extensionPath?: string;
  executablePath?: string;
  headless?: boolean;
  /** Browser UI language: --lang, plus Playwright's locale so navigator.language follows on Linux too. */
  lang?: BrowserLang;
  colorScheme?: 'light' | 'dark';
  /** Default: a fresh temp dir, removed by close(). */
  profileDir?: string;
  /** The browser's time zone (IANA name, through TZ: pages and the service worker alike); default the system's. */
  timezone?: string;
  /** 'flags' (--load-extension) or 'cdp' (Extensions.loadUnpacked); default: detected from the browser. */
  loadVia?: 'flags' | 'cdp';
  /**
   * The options tab the extension opens when installed (a fresh profile): closed before the
   * launch returns (default), so it cannot race a page the caller opens, or kept as `installTab`.
   */
  installTab?: 'close' | 'keep';
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** The extension's service worker (the same object keeps working after a restart). */
  serviceWorker: Worker;
  /** The options tab opened on install, when launched with `installTab: 'keep'`; else null. */
  installTab: Page | null;
  /** Open chrome-extension://<id>/<file> in a new tab. */
  openPage(file: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Stop the service worker through CDP, as Chrome does when it idles, then start it again. */
  restartServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

const BASE_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? E2E_EXTENSION_DIR;
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npx wxt build --mode e2e\` first.`);
  }
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const loadVia = options.loadVia ?? (needsCdpLoading(executablePath) ? 'cdp' : 'flags');
  const headless = options.headless ?? true;
  const lang = options.lang ?? 'en-US';
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(path.join(tmpdir(), 'iex-partner-profile-'));

  const args = [...(headless ? BASE_ARGS : BASE_ARGS.slice(1)), `--lang=${lang}`];
  if (loadVia === 'flags') args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  else args.push('--enable-unsafe-extension-debugging');

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      // --headless=new is in args: Playwright's own `headless` would pick another binary name.
      headless: false,
      // Playwright disables extensions by default.
      ignoreDefaultArgs: ['--disable-extensions'],
      args,
      locale: lang,
      colorScheme: options.colorScheme ?? 'light',
      viewport: null,
      acceptDownloads: true,
      ...(options.timezone ? { env: { ...process.env, TZ: options.timezone } } : {}),
    });
  } catch (error) {
    if (ownProfile) rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  const close = async () => {
    await context.close().catch(() => undefined);
    if (ownProfile) rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    let extensionId: string;
    if (loadVia === 'cdp') {
      const session = await context.browser()!.newBrowserCDPSession();
      ({ id: extensionId } = (await session.send('Extensions.loadUnpacked' as never, { path: extensionPath } as never)) as { id: string });
      await session.detach();
    } else {
      extensionId = new URL((await findWorker(context, null, unpackedExtensionId(extensionPath))).url()).host;
    }
    const serviceWorker = await findWorker(context, extensionId, extensionId);
    // Only a fresh profile installs the extension (and so opens the tab).
    const opened = ownProfile ? await waitForInstallTab(context, extensionId) : null;
    if (opened && options.installTab !== 'keep') await opened.close();
    let cdp: CDPSession | null = null;

    return {
      context,
      extensionId,
      profileDir,
      serviceWorker,
      installTab: options.installTab === 'keep' ? opened : null,
      close,
      async openPage(file, viewport) {
        const page = await context.newPage();
        if (viewport) await page.setViewportSize(viewport);
        await page.goto(`chrome-extension://${extensionId}/${file}`);
        return page;
      },
      async restartServiceWorker() {
        cdp ??= await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
        await restartWorker(cdp, `chrome-extension://${extensionId}/`);
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The options page the background opens on runtime.onInstalled (entrypoints/background/onboarding.ts), or null after `timeoutMs`. */
async function waitForInstallTab(context: BrowserContext, extensionId: string, timeoutMs = 10_000): Promise<Page | null> {
  const url = `chrome-extension://${extensionId}/options.html`;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
  }
  return null;
}

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, 32 hex digits spelled a–p. */
export function unpackedExtensionId(extensionPath: string): string {
  const hex = createHash('sha256').update(path.resolve(extensionPath)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * The extension's service worker. On a busy machine Playwright sometimes misses a worker that
 * started before it attached; restarting the worker (id `expectedId`) makes it announce itself.
 */
async function findWorker(context: BrowserContext, extensionId: string | null, expectedId: string): Promise<Worker> {
  const matches = (worker: Worker) =>
    worker.url().startsWith(extensionId ? `chrome-extension://${extensionId}/` : 'chrome-extension://');
  const existing = context.serviceWorkers().find(matches);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: matches, timeout: 10_000 });
  } catch {
    const announced = context.waitForEvent('serviceworker', { predicate: matches, timeout: 20_000 });
    announced.catch(() => undefined); // awaited below only when the restart went well
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await restartWorker(cdp, `chrome-extension://${expectedId}/`).finally(() => cdp.detach().catch(() => undefined));
    return context.serviceWorkers().find(matches) ?? (await announced);
  }
}

type VersionsEvent = { versions: { scriptURL: string; runningStatus: string }[] };

/** ServiceWorker.stopAllWorkers, wait until stopped, then startWorker and wait until running. */
async function restartWorker(cdp: CDPSession, scopeURL: string): Promise<void> {
  let status = '';
  const onVersions = (event: VersionsEvent) => {
    const version = event.versions.find((v) => v.scriptURL.startsWith(scopeURL));
    if (version) status = version.runningStatus;
  };
  cdp.on('ServiceWorker.workerVersionUpdated' as never, onVersions as never);
  const until = async (wanted: string) => {
    const deadline = Date.now() + 15_000;
    while (status !== wanted) {
      if (Date.now() > deadline) throw new Error(`service worker did not become ${wanted} (is ${status || 'unknown'})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  try {
    await cdp.send('ServiceWorker.enable' as never);
    const deadline = Date.now() + 5_000;
    while (status === '' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    if (status !== 'stopped') {
      await cdp.send('ServiceWorker.stopAllWorkers' as never);
      await until('stopped');
    }
    await cdp.send('ServiceWorker.startWorker' as never, { scopeURL } as never);
    await until('running');
  } finally {
    cdp.off('ServiceWorker.workerVersionUpdated' as never, onVersions as never);
    await cdp.send('ServiceWorker.disable' as never).catch(() => undefined);
  }
}

/** `wxt build --mode e2e` (host 127.0.0.1 granted up front); throws with the build's output on failure. */
export function buildE2eExtension(): string {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'e2e'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`wxt build --mode e2e failed:\n${result.stdout}\n${result.stderr}`);
  return E2E_EXTENSION_DIR;
}
