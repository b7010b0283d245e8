/**
 * The popup's side of the CSV Worker (./csv-worker.ts): a thread that builds one share at a time.
 * Its handlers are attached the moment the worker is created, since it may fail to load before its
 * first job (it starts at the click), and a job it does not answer within JOB_TIMEOUT_MS fails, so
 * an export never waits on a worker forever: ./csv-parts.ts then builds that share in the popup.
 */
import type { CsvPart, CsvThread, WorkerAnswer } from './csv-parts';

/** Far above a share's few tens of milliseconds: only a worker that stopped answering reaches it. */
export const JOB_TIMEOUT_MS = 20_000;

export function csvThread(worker: Worker, timeoutMs = JOB_TIMEOUT_MS): CsvThread {
  let pending: { resolve: (part: CsvPart) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> } | null = null;
  let broken: Error | null = null;
  const settle = () => {
    const job = pending;
    if (job) clearTimeout(job.timer);
    pending = null;
    return job;
  };
  const fail = (error: Error) => {
    broken = error;
    settle()?.reject(error);
  };
  worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
    const job = settle();
    if (data.ok) job?.resolve(data.part);
    else job?.reject(new Error('csv worker failed'));
  };
  worker.onerror = (event) => { event.preventDefault(); fail(new Error('csv worker did not run')); };
  worker.onmessageerror = () => fail(new Error('csv worker answer unreadable'));
  return {
    run: (job) => new Promise<CsvPart>((resolve, reject) => {
      if (broken) return reject(broken);
      pending = { resolve, reject, timer: setTimeout(() => fail(new Error('csv worker did not answer')), timeoutMs) };
      worker.postMessage(job);
    }),
    end: () => {
      settle();
      worker.terminate();
    },
  };
}

/**
 * A thread started now, before it is known to be needed (it loads and opens the database while the
 * background answers): `take` hands it over (or a new one), `drop` ends it if it was never taken.
 */
export function startedEarly(start: () => CsvThread): { take: () => CsvThread; drop: () => void } {
  let early: CsvThread | null = start();
  return {
    take: () => {
      const thread = early ?? start();
      early = null;
      return thread;
    },
    drop: () => { early?.end(); early = null; },
  };
}
