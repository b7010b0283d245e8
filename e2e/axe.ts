/**
 * axe-core in the extension's real pages (e2e/a11y.e2e.ts): each page in both colour schemes, every
 * run counted for the summary that test file prints at its end.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../scripts/chromium';
import type { Harness } from './harness';

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const SCHEMES = ['light', 'dark'] as const;

/** Every axe run (state × page × scheme × language), for the summary at the end of the tests. */
export const axeRuns: string[] = [];

export const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * axe-core in the page, in both colour schemes. The pages' CSP refuses addScriptTag, so the
 * source is evaluated through the debugger protocol (which CSP does not govern).
 * Answers one line per violation, naming where it is.
 */
export async function axe(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const found: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await frames(page);
    // A string, not a function: nothing of the test's transpiled code reaches the page.
    const violations = (await page.evaluate(`window.axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' +
        v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | ')))`)) as string[];
    axeRuns.push(`${where} ${scheme}: ${violations.length}${violations.map((v) => ` [${v.split(' ')[0]}]`).join('')}`);
    if (violations.length > 0) console.log(`${where} ${scheme}:\n${violations.join('\n')}`);
    found.push(...violations.map((v) => `${where} ${scheme}: ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/** The popup once its later chunks (details, chart, figures, tabs) have arrived. */
export async function popupSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.querySelector('.no-account') !== null ||
    (document.querySelector('.sync') !== null && document.querySelector('.spark-slot, .stats-slot, .tabs-slot') === null));
  await frames(page);
}

export async function optionsSettled(page: Page): Promise<void> {
  await page.waitForSelector('#poll-minutes');
  await frames(page);
}

/** Opens the popup and the options page afresh (as a user would), checks the state, runs axe on both. */
export async function axeState(h: Harness, state: string, check: (popup: Page) => Promise<void>): Promise<string[]> {
  const where = `${h.lang} ${state}`;
  const popup = await h.openPopup();
  await popupSettled(popup);
  await check(popup);
  const found = await axe(popup, `${where} popup`);
  await popup.close();
  const options = await h.openOptions();
  await optionsSettled(options);
  found.push(...(await axe(options, `${where} options`)));
  await options.close();
  return found;
}
