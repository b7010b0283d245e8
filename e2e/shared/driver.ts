/**
 * What a scenario needs from a browser, whichever it is: the Chromium harness (playwright-core)
 * and the Firefox harness (puppeteer-core over WebDriver BiDi) both implement `Driver`, so the
 * shared scenarios (e2e/shared/scenarios.ts) are written once and run in both.
 * Pages are driven by label and button texts from the pages' own dictionaries, as a user would.
 */
import type { BrowserLang } from '../../scripts/chromium';
import type { MockServer } from '../../scripts/mock-server/server';
import { MOCK_KEYS } from '../../scripts/mock-server/keys';
import type { Account, AccountCache } from '../../utils/model';
import { tOptions } from '../../entrypoints/options/texts';
import { inLocale } from '../ui';

/** One extension page (options or popup tab), driven through what it shows. */
export interface UiPage {
  /** Type into the field whose label reads exactly `label` (trusted key presses). */
  fill(label: string, value: string): Promise<void>;
  /** Click the button named exactly `name` (a trusted click: a user gesture). */
  press(name: string): Promise<void>;
  /** Visible text of the first element matching `selector` ('' when there is none). */
  text(selector?: string): Promise<string>;
  /** How many elements match `selector`, only those whose text contains `withText` when given. */
  count(selector: string, withText?: string): Promise<number>;
  /** The detail of the page's last performance mark of this name (null if none), e.g. how the last CSV was built. */
  markDetail(name: string): Promise<unknown>;
  /** Wait until the page's text contains `text`. */
  waitForText(text: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  /** 'chromium' or 'firefox'. */
  name: string;
  lang: BrowserLang;
  mock: MockServer;
  control<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T>;
  badge(): Promise<string>;
  notificationIds(): Promise<string[]>;
  clearNotifications(): Promise<void>;
  openOptions(): Promise<UiPage>;
  openPopup(): Promise<UiPage>;
  /** Answer the browser's own permission prompt; null when the build grants the test host up front. */
  answerPermissionPrompt: ((answer: 'allow' | 'deny') => Promise<void>) | null;
  accounts(): Promise<Account[]>;
  cache(accountId: string): Promise<AccountCache | null>;
  /** Run the background's periodic alarm now, as the browser would when it fires. */
  fireSyncAlarm(): Promise<void>;
  /** Press a download button on `page`; answers the saved file's name and text. */
  download(page: UiPage, buttonName: string): Promise<{ fileName: string; text: string }>;
}

/** Wait until `read()` satisfies `ok`, polling; returns the last value. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** The mock's /__mock/ control API over plain HTTP. */
export function mockControl(mock: MockServer): Driver['control'] {
  return async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${mock.url}/__mock/${path.replace(/^\//, '')}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`mock control ${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

/** Address, key (and label), Connect; then the browser's permission prompt answered if it asks. */
export async function submitConnect(
  d: Driver,
  page: UiPage,
  { key = MOCK_KEYS.full, label, answer = 'allow' }: { key?: string; label?: string; answer?: 'allow' | 'deny' } = {},
): Promise<void> {
  const t = (read: () => string) => inLocale(d.lang, read);
  await page.fill(t(() => tOptions('addressLabel')), d.mock.url);
  await page.fill(t(() => tOptions('keyLabel')), key);
  if (label) await page.fill(t(() => tOptions('labelLabel')), label);
  await page.press(t(() => tOptions('connect')));
  await d.answerPermissionPrompt?.(answer);
}

/** Connect with the full key on a new options page, see "Connected", wait for the first sync. */
export async function connectAndSync(d: Driver, { label }: { label?: string } = {}): Promise<{ options: UiPage; accountId: string }> {
  const options = await d.openOptions();
  await submitConnect(d, options, { label });
  await options.waitForText(inLocale(d.lang, () => tOptions('connected', { label: '' }).replace(/[.:\s]+$/, '')), 30_000);
  const [account] = await until(() => d.accounts(), (list) => list.length === 1, 'the saved account');
  await until(() => d.cache(account!.id), (cache) => cache?.lastSuccessAt != null, 'the first sync');
  return { options, accountId: account!.id };
}

/** Fire the alarm and wait until that sync has finished (lastSyncAt moved). */
export async function syncByAlarm(d: Driver, accountId: string): Promise<AccountCache> {
  const before = (await d.cache(accountId))?.lastSyncAt ?? 0;
  await d.fireSyncAlarm();
  return (await until(() => d.cache(accountId), (c) => (c?.lastSyncAt ?? 0) > before, 'the alarm sync'))!;
}
