/**
 * Popup time to balance: navigation start → performance mark 'iex:balance-painted', in a fresh
 * tab per run, interleaved with the baseline page blank.html (the same mark after painting one
 * number with no framework and no storage read). Also lists every request each popup made, and
 * flags any http(s)/ws request that started before the paint (there must be none).
 */
import type { CDPSession, Page, Request } from 'playwright-core';
import type { Session } from './session';
import { interleave, summarize, type Summary } from './stats';
import type { Browser } from '@wxt-dev/browser';

/** `chrome` inside page.evaluate callbacks (they run in the extension, not in node). */
declare const chrome: typeof Browser;

export const MARK = 'iex:balance-painted';
export const POPUP_VIEWPORT = { width: 380, height: 600 };

export interface PaintResult {
  popup: Summary;
  blank: Summary;
  /** Requests the popup tabs made, by kind (extension files are its own code and styles). */
  requests: { extensionFiles: number; network: string[]; networkBeforePaint: string[] };
}

interface Run { paintMs: number; requests: string[]; beforePaint: string[] }

const isNetwork = (url: string) => /^(https?|wss?):/i.test(url);

/**
 * The mark's startTime, polled with bare CDP Runtime.evaluate: Playwright's waitForFunction would
 * inject its selector engine into the page while the popup is still loading (about 50 ms of
 * compiling on the main thread here) and slow the page it measures.
 */
async function waitForMark(cdp: CDPSession): Promise<number> {
  const deadline = Date.now() + 15_000;
  const expression = `performance.getEntriesByName(${JSON.stringify(MARK)})[0]?.startTime ?? null`;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (typeof result.value === 'number') return result.value;
    if (Date.now() > deadline) throw new Error(`no ${MARK} mark within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function openAndWait(session: Session, file: string): Promise<Run> {
  const { context, extensionId } = session.browser;
  const page: Page = await context.newPage();
  const requests: string[] = [];
  const onRequest = (request: Request) => requests.push(request.url());
  page.on('request', onRequest);
  const cdp = await context.newCDPSession(page);
  try {
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.goto(`chrome-extension://${extensionId}/${file}`, { waitUntil: 'commit' });
    const paintMs = await waitForMark(cdp);
    // Resource Timing sees every fetch/XHR of the page, with its start on the mark's clock.
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `performance.getEntriesByType('resource').filter((r) => r.startTime <= ${paintMs}).map((r) => r.name)`,
      returnByValue: true,
    });
    const early = (result.value ?? []) as string[];
    return { paintMs, requests, beforePaint: early.filter(isNetwork) };
  } finally {
    page.off('request', onRequest);
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** What a click on the toolbar button opens: the popup at the address the background gave it (utils/popup-address.ts). */
export async function toolbarPopup(session: Session): Promise<string> {
  const url = await session.control.evaluate(() => chrome.action.getPopup({}));
  return url.replace(/^chrome-extension:\/\/[^/]+\//, '');
}

export async function measurePopupPaint(session: Session, runs: number): Promise<PaintResult> {
  const popup = await toolbarPopup(session);
  // One untimed open of each: compiles the extension's code cache like a user's second click.
  await openAndWait(session, popup);
  await openAndWait(session, 'blank.html');
  const all: Run[] = [];
  const { a, b } = await interleave(
    runs,
    async () => {
      const run = await openAndWait(session, popup);
      all.push(run);
      return run.paintMs;
    },
    async () => (await openAndWait(session, 'blank.html')).paintMs,
  );
  const urls = all.flatMap((run) => run.requests);
  return {
    popup: summarize(a),
    blank: summarize(b),
    requests: {
      extensionFiles: urls.filter((u) => u.startsWith('chrome-extension:')).length / Math.max(1, all.length),
      network: [...new Set(urls.filter(isNetwork))],
      networkBeforePaint: [...new Set(all.flatMap((run) => run.beforePaint))],
    },
  };
}
