/**
 * Sync cost in the real extension against the mock API: requests (the mock's request log) and
 * wall time of a first sync of n exchanges (saveAccount, then `refresh`, which joins that sync and
 * answers when it is committed) and of steady syncs (`refresh` with 0 or 5 new exchanges), plus
 * storage.local bytes after a first sync. Baseline: the same API pages fetched by a bare loop in
 * an extension page (no parsing, merging or storage): the network's share of the time.
 */
import type { Browser } from '@wxt-dev/browser';
import { MOCK_KEYS } from '../mock-server/keys';
import type { Mock, MockRequest, Session } from './session';
import { interleave, summarize, timed, type Summary } from './stats';

declare const chrome: typeof Browser;

export interface SyncFigure {
  label: string;
  time: Summary;
  baseline: Summary;
  /** Requests per run (all identical in practice; the max is reported). */
  requests: number;
  exchangeRequests: number;
  goal: string;
  met: boolean;
}

export interface SyncResult { figures: SyncFigure[]; bytesInUse10k: number; accountId: string; mock10k: Mock }

const V2 = '/api/v2/account/partner';
const countExchanges = (log: MockRequest[]) => log.filter((r) => r.path.endsWith('/exchanges')).length;

/** Fetch these API paths one after another from the control tab, reading each body as JSON. */
function bareWalk(session: Session, mock: Mock, paths: string[]): Promise<number> {
  return timed(() =>
    session.control.evaluate(
      async ({ origin, key, paths }) => {
        for (const path of paths) {
          const response = await fetch(origin + path, { headers: { authorization: `Bearer ${key}`, accept: 'application/json' } });
          await response.json();
        }
      },
      { origin: mock.server.url, key: MOCK_KEYS.full, paths },
    ),
  );
}

const pagePaths = (list: string, pages: number) =>
  Array.from({ length: pages }, (_, i) => `${V2}/${list}?page=${i + 1}&per_page=100`);

async function firstSync(session: Session, mock: Mock, n: number, runs: number): Promise<{ figure: SyncFigure; accountId: string }> {
  const pages = Math.ceil(n / 100);
  const walk = [V2, ...pagePaths('exchanges', pages), ...pagePaths('withdrawal', 1)];
  let accountId = '';
  let maxRequests = 0;
  let maxExchange = 0;
  const { a, b } = await interleave(
    runs,
    async () => {
      if (accountId) await session.send({ type: 'removeAccount', accountId });
      await mock.control('POST', 'reset');
      const time = await timed(async () => {
        accountId = await session.connect(mock);
      });
      const log = await mock.requests();
      maxRequests = Math.max(maxRequests, log.length);
      maxExchange = Math.max(maxExchange, countExchanges(log));
      return time;
    },
    () => bareWalk(session, mock, walk),
  );
  return {
    accountId,
    figure: {
      label: `first sync, ${n.toLocaleString('en-US')} exchanges`,
      time: summarize(a),
      baseline: summarize(b),
      requests: maxRequests,
      exchangeRequests: maxExchange,
      goal: `${pages} exchange requests (⌈n/100⌉)`,
      met: maxExchange <= pages,
    },
  };
}

export async function steadySync(session: Session, mock: Mock, accountId: string, added: number, runs: number, stored?: number): Promise<SyncFigure> {
  let maxRequests = 0;
  let maxExchange = 0;
  const walk = [V2, ...pagePaths('exchanges', 1), ...pagePaths('withdrawal', 1)];
  const { a, b } = await interleave(
    runs,
    async () => {
      if (added > 0) await mock.control('POST', 'exchanges', { count: added });
      await mock.control('DELETE', 'requests');
      const time = await timed(async () => {
        const answer = await session.send<{ ok: boolean }>({ type: 'refresh', accountId });
        if (!answer?.ok) throw new Error(`refresh failed: ${JSON.stringify(answer)}`);
      });
      const log = await mock.requests();
      maxRequests = Math.max(maxRequests, log.length);
      maxExchange = Math.max(maxExchange, countExchanges(log));
      return time;
    },
    () => bareWalk(session, mock, walk),
  );
  const time = summarize(a);
  const baseline = summarize(b);
  if (stored !== undefined) {
    // Issue 13: the cost of a sync follows what is new, not the size of the history.
    const ratio = time.median / baseline.median;
    return {
      label: `steady sync, ${added} new, ${stored.toLocaleString('en-US')} stored`,
      time, baseline, requests: maxRequests, exchangeRequests: maxExchange,
      goal: '≤ 2× the bare fetch of the same pages', met: ratio <= 2 && maxRequests <= 3,
    };
  }
  return {
    label: `steady sync, ${added} new`,
    time,
    baseline,
    requests: maxRequests,
    exchangeRequests: maxExchange,
    goal: '≤ 3 requests',
    met: maxRequests <= 3,
  };
}

/** An account with `n` exchanges all stored: connected, then its history walked to the end (as an export does). */
export async function loaded(session: Session, mock: Mock): Promise<string> {
  const accountId = await session.connect(mock);
  for (let i = 0; i < 5; i++) {
    const answer = await session.send<{ ok: boolean }>({ type: 'exportHistory', accountId, list: 'exchanges' });
    if (answer?.ok) return accountId;
  }
  throw new Error('the history did not load');
}

/**
 * What IndexedDB itself costs in this Chromium: 10 000 rows shaped like the extension's (same key
 * path and indexes) put in one transaction from an extension page, into a database of its own
 * (deleted after). No extension code: the floor under a first sync's one commit of 10 000 rows.
 */
function idbPut(session: Session, rows: number): Promise<number> {
  // A string, not a function: tsx would wrap nested functions in a helper the page does not have.
  return session.control.evaluate(`(async () => {
    const name = 'bench-floor-' + Math.random();
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('exchanges', { keyPath: ['accountId', 'id'] });
        store.createIndex('byFirstSeen', ['accountId', 'firstSeenAt']);
        store.createIndex('byCreated', ['accountId', 'createdAt']);
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const now = Date.now();
    const values = Array.from({ length: ${rows} }, (_, i) => ({
      accountId: '00000000-0000-4000-8000-000000000000', id: 1000000 + i, orderId: 'A' + (900000 + i), amount: 1.25 + i % 50,
      currency: 'USD', createdText: (i % 59 + 1) + ' minutes ago', firstSeenAt: now, live: false, createdAt: now - i * 60000,
      createdPrecision: 'minute',
    }));
    const started = performance.now();
    const tx = db.transaction('exchanges', 'readwrite');
    const store = tx.objectStore('exchanges');
    for (const value of values) store.put(value);
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    const ms = performance.now() - started;
    db.close();
    await new Promise((resolve) => { const del = indexedDB.deleteDatabase(name); del.onsuccess = del.onerror = del.onblocked = resolve; });
    return ms;
  })()`) as Promise<number>;
}

export interface StoreFloor { rows: number; put: Summary }

export async function measureSync(session: Session, runs: { first1k: number; first10k: number; steady: number }): Promise<SyncResult & { at1k: SyncFigure; idbFloor: StoreFloor }> {
  const mock1k = await session.startMock({ exchanges: 1_000 });
  const one = await firstSync(session, mock1k, 1_000, runs.first1k);
  const at1k = await steadySync(session, mock1k, one.accountId, 5, runs.steady, 1_000);
  await session.send({ type: 'removeAccount', accountId: one.accountId });
  const mock10k = await session.startMock({ exchanges: 10_000 });
  const ten = await firstSync(session, mock10k, 10_000, runs.first10k);
  const walkRatio: SyncFigure = {
    ...ten.figure, label: 'first sync of 10 000 against the bare walk', goal: '≤ 1.3× the bare walk',
    met: ten.figure.time.median / ten.figure.baseline.median <= 1.3,
  };
  const floor: number[] = [];
  for (let i = 0; i < Math.max(3, runs.first10k); i++) floor.push(await idbPut(session, 10_000));
  const bytesInUse10k = await session.control.evaluate(() => chrome.storage.local.getBytesInUse(null));
  const steady0 = await steadySync(session, mock10k, ten.accountId, 0, runs.steady);
  const steady5 = await steadySync(session, mock10k, ten.accountId, 5, runs.steady);
  const at10k = await steadySync(session, mock10k, ten.accountId, 5, runs.steady, 10_000);
  return {
    figures: [one.figure, ten.figure, walkRatio, steady0, steady5, at1k, at10k],
    bytesInUse10k, accountId: ten.accountId, mock10k, at1k, idbFloor: { rows: 10_000, put: summarize(floor) },
  };
}

/** The 100 000-stored figures of a steady sync: against the bare fetch, and against the 1 000-stored one. */
export async function steadyAt100k(session: Session, mock: Mock, accountId: string, runs: number, at1k: SyncFigure | null): Promise<SyncFigure[]> {
  const at100k = await steadySync(session, mock, accountId, 5, runs, 100_000);
  if (!at1k) return [at100k];
  const flat: SyncFigure = {
    label: 'steady sync with 5 new: 100 000 stored against 1 000',
    time: at100k.time, baseline: at1k.time, requests: at100k.requests, exchangeRequests: at100k.exchangeRequests,
    goal: '≤ 1.3× (cost flat in history size)', met: at100k.time.median / at1k.time.median <= 1.3,
  };
  return [at100k, flat];
}
