/**
 * Service worker wake: from the sync alarm's scheduled time until the badge shows the exchange
 * the mock just added. Asleep: the worker is stopped through CDP first (as Chrome stops an idle
 * one), so the alarm has to start it. Baseline: the same with the worker already running.
 * The alarm is re-created by name with its current period: the extension's only repeating alarm,
 * SYNC_ALARM of utils/sync/schedule.ts (not imported: that module defines storage items, which
 * need a browser).
 */
import type { Browser } from '@wxt-dev/browser';
import type { CDPSession } from 'playwright-core';
import type { Mock, Session } from './session';
import { interleave, summarize, type Summary } from './stats';

declare const chrome: typeof Browser;

export interface WakeFigure { asleep: Summary; awake: Summary }

type VersionsEvent = { versions: { scriptURL: string; runningStatus: string }[] };

/** ServiceWorker.stopAllWorkers, then wait until this extension's worker reports 'stopped'. */
async function stopWorker(cdp: CDPSession, scope: string): Promise<void> {
  let status = '';
  const onVersions = (event: VersionsEvent) => {
    const version = event.versions.find((v) => v.scriptURL.startsWith(scope));
    if (version) status = version.runningStatus;
  };
  cdp.on('ServiceWorker.workerVersionUpdated' as never, onVersions as never);
  try {
    await cdp.send('ServiceWorker.enable' as never);
    await cdp.send('ServiceWorker.stopAllWorkers' as never);
    const deadline = Date.now() + 10_000;
    while (status !== 'stopped') {
      if (Date.now() > deadline) throw new Error(`service worker did not stop (is ${status || 'unknown'})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    cdp.off('ServiceWorker.workerVersionUpdated' as never, onVersions as never);
    await cdp.send('ServiceWorker.disable' as never).catch(() => undefined);
  }
}

/** Fire the sync alarm `delayMs` from now; answer ms from its scheduled time to the badge change. */
function alarmToBadge(session: Session, delayMs: number): Promise<number> {
  return session.control.evaluate(
    async (delayMs) => {
      const before = await chrome.action.getBadgeText({});
      const repeating = (await chrome.alarms.getAll()).filter((alarm) => alarm.periodInMinutes);
      const current = repeating[0];
      if (!current || repeating.length > 1) throw new Error(`expected one repeating alarm, found ${repeating.length}`);
      const { name, periodInMinutes } = current;
      await chrome.alarms.create(name, { when: Date.now() + delayMs, periodInMinutes });
      const scheduled = (await chrome.alarms.get(name))!.scheduledTime;
      const deadline = scheduled + 20_000;
      while (Date.now() < deadline) {
        if ((await chrome.action.getBadgeText({})) !== before) return Date.now() - scheduled;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      throw new Error('the badge did not change within 20 s of the alarm');
    },
    delayMs,
  );
}

export async function measureWake(session: Session, mock: Mock, runs: number): Promise<WakeFigure> {
  const cdp = await session.browser.context.newCDPSession(session.control);
  const scope = `chrome-extension://${session.browser.extensionId}/`;
  const run = async (asleep: boolean) => {
    await mock.control('POST', 'exchanges', { count: 1 });
    if (asleep) await stopWorker(cdp, scope);
    // Any message makes sure it is running; marking an unknown account seen changes nothing.
    else await session.send({ type: 'markSeen', accountId: 'none', through: 0 });
    return alarmToBadge(session, 500);
  };
  try {
    const { a, b } = await interleave(runs, () => run(true), () => run(false));
    return { asleep: summarize(a), awake: summarize(b) };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
