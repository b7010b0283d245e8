/**
 * The service worker's JS heap, sampled while a sync runs. Playwright has no CDP session for a
 * worker, so this attaches to the worker's target from a browser-level session (Target domain,
 * messages wrapped in Target.sendMessageToTarget) and asks `Runtime.getHeapUsage` (V8's used
 * heap, garbage not yet collected included) as often as the answers come (a few ms apart here).
 */
import type { CDPSession } from 'playwright-core';
import type { Mock, Session } from './session';
import { summarize, type Summary } from './stats';

export interface HeapFigure {
  /** Used heap after a forced GC, before each sync (what the worker holds at rest). */
  atRest: Summary;
  /** Highest sample during each sync. */
  peak: Summary;
  samples: number;
  runs: number;
}

interface WorkerChannel { send<T>(method: string, params?: object): Promise<T>; close(): Promise<void> }

async function attachToWorker(session: Session): Promise<WorkerChannel> {
  const browserSession: CDPSession = await session.browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await browserSession.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.browser.extensionId}/`));
  if (!target) throw new Error('no service worker target of the extension');
  const { sessionId } = (await browserSession.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  };
  browserSession.on('Target.receivedMessageFromTarget' as never, onMessage as never);
  return {
    send: <T,>(method: string, params: object = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        browserSession.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method, params }) } as never).catch(reject);
      }),
    async close() {
      await browserSession.send('Target.detachFromTarget' as never, { sessionId } as never).catch(() => undefined);
      await browserSession.detach().catch(() => undefined);
    },
  };
}

/** `runs` syncs of the account, each after `added` new exchanges, with the heap sampled throughout. */
export async function measureWorkerHeap(session: Session, mock: Mock, accountId: string, added: number, runs: number): Promise<HeapFigure> {
  // Any message makes sure the worker runs (a wake measure may have stopped it).
  await session.send({ type: 'markSeen', accountId: 'none', through: 0 });
  const worker = await attachToWorker(session);
  const used = async () => (await worker.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
  const atRest: number[] = [];
  const peaks: number[] = [];
  let samples = 0;
  try {
    for (let i = 0; i < runs; i++) {
      await mock.control('POST', 'exchanges', { count: added });
      await worker.send('HeapProfiler.collectGarbage');
      atRest.push(await used());
      let done = false;
      let peak = 0;
      const sampler = (async () => {
        while (!done) {
          peak = Math.max(peak, await used());
          samples += 1;
        }
      })();
      const answer = await session.send<{ ok: boolean }>({ type: 'refresh', accountId }).finally(() => { done = true; });
      await sampler;
      if (!answer?.ok) throw new Error(`refresh failed: ${JSON.stringify(answer)}`);
      peaks.push(peak);
    }
  } finally {
    await worker.close();
  }
  return { atRest: summarize(atRest), peak: summarize(peaks), samples, runs };
}
