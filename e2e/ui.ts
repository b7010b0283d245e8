/**
 * Driving the extension's pages the way a user does (labels and button names from the pages'
 * own dictionaries, in the browser's language). No vitest here: the demo uses it too.
 */
import type { Page } from 'playwright-core';
import type { BrowserLang } from '../scripts/chromium';
import { setLocale, type Locale } from '../utils/i18n';
import { tOptions } from '../entrypoints/options/texts';

/** The UI language of a browser language. */
export const localeOf = (lang: BrowserLang): Locale => (lang === 'ru' ? 'ru' : 'en');

/** Texts as the page shows them in that language (the dictionaries are the pages' own). */
export function inLocale<T>(lang: BrowserLang, read: () => T): T {
  setLocale(localeOf(lang));
  try {
    return read();
  } finally {
    setLocale(null);
  }
}

/** Intl output differs between ICU versions only in which space it uses (NBSP, narrow NBSP). */
export const sameSpaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const pageLang = async (page: Page) => ((await page.evaluate(() => navigator.language)) === 'ru' ? 'ru' : 'en-US') as BrowserLang;

/** The options page's address and key fields, found by their labels as a user would. */
export async function fillConnectForm(page: Page, address: string, key: string): Promise<void> {
  const lang = await pageLang(page);
  const labels = inLocale(lang, () => ({ address: tOptions('addressLabel'), key: tOptions('keyLabel') }));
  await page.getByLabel(labels.address, { exact: true }).fill(address);
  await page.getByLabel(labels.key, { exact: true }).fill(key);
}

/** Address, key (and label), then Connect, on an open options page. Does not wait for the result. */
export async function submitConnect(page: Page, connection: { address: string; key: string; label?: string }): Promise<void> {
  const lang = await pageLang(page);
  await fillConnectForm(page, connection.address, connection.key);
  if (connection.label) await page.getByLabel(inLocale(lang, () => tOptions('labelLabel')), { exact: true }).fill(connection.label);
  await page.getByRole('button', { name: inLocale(lang, () => tOptions('connect')), exact: true }).click();
}

/** Wait for the options page to say "Connected: …". */
export async function waitConnected(page: Page, timeout = 30_000): Promise<void> {
  const lang = await pageLang(page);
  const connected = inLocale(lang, () => tOptions('connected', { label: '' }).replace(/[.:\s]+$/, ''));
  await page.getByText(connected).first().waitFor({ timeout });
}

/** The update interval on the options page (saved when committed with Enter). */
export async function setPollMinutes(page: Page, minutes: number): Promise<void> {
  const lang = await pageLang(page);
  const field = page.getByLabel(inLocale(lang, () => tOptions('pollLabel')), { exact: true });
  await field.fill(String(minutes));
  await field.press('Enter');
}
