/**
 * Click on "Exchanges CSV" → the browser's download event, in the real popup with the whole
 * history stored (10 000 rows). Baseline: a button on blank.html that downloads an already built
 * text of the same size the same way (Blob + <a download>): the browser's own share of the time.
 */
import type { Page } from 'playwright-core';
import type { Session } from './session';
import { MARK, POPUP_VIEWPORT, toolbarPopup } from './popup-paint';
import { interleave, summarize, type Summary } from './stats';

export interface CsvDownloadFigure { rows: number; bytes: number; click: Summary; baseline: Summary }

async function fresh(session: Session, file: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(`chrome-extension://${session.browser.extensionId}/${file}`);
  return page;
}

async function clickToDownload(page: Page, click: () => Promise<void>): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const ms = performance.now() - started;
  const path = await download.path();
  const { statSync } = await import('node:fs');
  const bytes = path ? statSync(path).size : 0;
  await download.delete();
  return { ms, bytes };
}

async function popupRun(session: Session): Promise<{ ms: number; bytes: number }> {
  const page = await fresh(session, await toolbarPopup(session));
  try {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 15_000 });
    const button = page.getByRole('button', { name: 'Exchanges CSV' });
    await button.waitFor();
    return await clickToDownload(page, () => button.click());
  } finally {
    await page.close();
  }
}

async function baselineRun(session: Session, bytes: number): Promise<number> {
  const page = await fresh(session, 'blank.html');
  try {
    await page.evaluate((size) => {
      const text = '\uFEFF' + 'x'.repeat(Math.max(0, size - 3));
      const button = document.createElement('button');
      button.textContent = 'Download';
      button.addEventListener('click', () => {
        const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = 'baseline.csv';
        document.body.append(link);
        link.click();
        link.remove();
      });
      document.body.append(button);
    }, bytes);
    const button = page.getByRole('button', { name: 'Download' });
    return (await clickToDownload(page, () => button.click())).ms;
  } finally {
    await page.close();
  }
}

export async function measureCsvDownload(session: Session, rows: number, runs: number): Promise<CsvDownloadFigure> {
  // The first click may still walk pages the background has not stored; untimed.
  const first = await popupRun(session);
  const { a, b } = await interleave(runs, async () => (await popupRun(session)).ms, () => baselineRun(session, first.bytes));
  return { rows, bytes: first.bytes, click: summarize(a), baseline: summarize(b) };
}
