/**
 * An extension tab in Firefox as a `UiPage`, and the error traps every page (and the background)
 * gets. Firefox's BiDi sends no console events for extension tabs, so each page records its own
 * uncaught errors, unhandled rejections and console.error calls in `window.__e2eErrors`.
 * Fields and buttons are found by their visible label/name, then typed into and clicked with
 * trusted input (a trusted click is the user gesture `permissions.request` needs).
 */
import type { Page } from 'puppeteer-core';
import type { UiPage } from '../shared/driver';
import { sameSpaces } from '../ui';

/**
 * Evaluated with a window (a page's or the background's): records errors where the harness reads
 * them. A string, not a function: tsx's keepNames helper would break a function's source there.
 */
export const TRAPS = `(win) => {
  if (win.__e2eErrors) return;
  const errors = (win.__e2eErrors = []);
  win.addEventListener('error', (event) => errors.push('uncaught ' + event.message + ' (' + event.filename + ':' + event.lineno + ')'));
  win.addEventListener('unhandledrejection', (event) =>
    errors.push('unhandled rejection ' + (event.reason && event.reason.stack ? event.reason.stack : String(event.reason))));
  const original = win.console.error.bind(win.console);
  win.console.error = (...args) => {
    errors.push('console.error ' + args.map((a) => (a instanceof Error ? a.stack || a.message : String(a))).join(' '));
    original(...args);
  };
}`;

export async function installPageTraps(page: Page): Promise<void> {
  await page.evaluate(`(${TRAPS})(window)`);
}

export async function readTraps(page: Page, where: string): Promise<string[]> {
  const errors = (await page.evaluate('window.__e2eErrors ?? []')) as string[];
  return errors.map((error) => `${where}: ${error}`);
}

const SEARCH = `(kind, wanted) => {
  const norm = (s) => (s ?? '').replace(/[\\s\\u00a0\\u202f]+/g, ' ').trim();
  let target = null;
  if (kind === 'label') {
    const label = [...document.querySelectorAll('label')].find((l) => norm(l.textContent) === wanted);
    target = label && (label.control ?? label.querySelector('input, textarea, select'));
  } else {
    target = [...document.querySelectorAll('button')].find(
      (b) => norm(b.getAttribute('aria-label')) === wanted || norm(b.textContent) === wanted);
  }
  if (!target) return false;
  document.querySelectorAll('[data-e2e-target]').forEach((el) => el.removeAttribute('data-e2e-target'));
  target.setAttribute('data-e2e-target', '');
  return true;
}`;

/** Mark the element a user would pick by that label or name; throws when there is none. */
async function mark(page: Page, kind: 'label' | 'button', wanted: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (!(await page.evaluate(`(${SEARCH})(${JSON.stringify(kind)}, ${JSON.stringify(sameSpaces(wanted))})`))) {
    if (Date.now() > deadline) throw new Error(`no ${kind} "${wanted}" on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return '[data-e2e-target]';
}

export function uiPage(page: Page, close: () => Promise<void>): UiPage {
  const text = (selector = 'body') =>
    page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.innerText ?? ''`) as Promise<string>;
  return {
    async fill(label, value) {
      const selector = await mark(page, 'label', label);
      await page.$eval(selector, (el) => (el as HTMLInputElement).select());
      await page.type(selector, value);
    },
    async press(name) {
      const selector = await mark(page, 'button', name);
      // Busy buttons say so with `disabled` or, to keep the focus, `aria-disabled`.
      await page.waitForFunction(`(b => !b.disabled && b.getAttribute('aria-disabled') !== 'true')(document.querySelector('${selector}'))`, { timeout: 10_000 });
      await page.click(selector);
    },
    text,
    count: (selector, withText) =>
      page.evaluate(
        `[...document.querySelectorAll(${JSON.stringify(selector)})].filter((el) => ${JSON.stringify(withText ?? null)} === null || el.innerText.includes(${JSON.stringify(withText ?? '')})).length`,
      ) as Promise<number>,
    markDetail: (name) => page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)}).at(-1)?.detail ?? null`),
    async waitForText(wanted, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!sameSpaces(await text()).includes(sameSpaces(wanted))) {
        if (Date.now() > deadline) throw new Error(`"${wanted}" did not appear on ${page.url()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close,
  };
}
