/**
 * What one sync asks the site: the summary, then each list in two walks. The head walk reads from
 * page 1 until a page holds rows already stored (committed), the end, or the page cap: in steady
 * state that is page 1 only (3 requests in all). When a list's history is not complete yet, a
 * history walk resumes where an earlier sync stopped, within what is left of the page budget, so
 * a long history arrives over several syncs instead of never. Pages are appended row by row (never
 * spread into a call: a giant page must not overflow the stack). What is stored is asked of the
 * history store by id, one page at a time: the cost follows what is fetched, not what is stored.
 */
import type { Account, AccountCache, ListName } from '../../../utils/model';
import { storedIds } from '../../../utils/storage/history';
import { createPartnerApi, type PartnerApi } from '../api/client';
import { PartnerApiError } from '../api/errors';
import type { ApiExchange, ApiPayout } from '../api/schemas';
import type { Fetched, FetchedList, FetchedWalks } from './merge';

export const PER_PAGE = 100;
/** Pages per list in one scheduled sync (20 000 rows); an export walks up to DEEP_PAGE_CAP. */
export const SYNC_PAGE_CAP = 200;
export const DEEP_PAGE_CAP = 1000;

export interface FetchOptions {
  fetch?: typeof fetch;
  /** Walk this list's history to its end now (an export), with the deep page budget. */
  deep?: ListName;
  /** Pages per list and sync; defaults to SYNC_PAGE_CAP, or DEEP_PAGE_CAP for the deep list. */
  pageCap?: number;
  signal?: AbortSignal;
  /** After each page of a long walk (progress for the popup, the lease kept alive). */
  onPage?: (list: ListName, pages: number, rows: number) => Promise<void>;
}

type Row = { id: number };

type Page<T> = { data: T[]; links: { next: string | null } };
type Pages<T> = (from: number, maxPages: number, more: (page: Page<T>) => Promise<boolean>) => AsyncGenerator<Page<T>>;

/**
 * Walk pages from `from` while `more(rows)` says so; stops at the end or the page cap. The walker
 * asks `more` before it hands a page over, so the next page is on its way while this one is kept.
 */
async function walk<T extends Row>(
  pages: Pages<T>,
  from: number,
  maxPages: number,
  more: (rows: T[]) => Promise<boolean>,
  onPage: (pages: number, rows: number) => Promise<void>,
): Promise<FetchedList<T>> {
  const items: T[] = [];
  let read = 0;
  let end = false;
  try {
    for await (const page of pages(from, maxPages, async (p) => more(p.data))) {
      for (const row of page.data) items.push(row);
      read += 1;
      // The last page, whether or not the walk would have stopped there anyway (a complete walk).
      end = page.links.next === null || page.data.length === 0;
      await onPage(read, items.length);
    }
    return { items, from, pages: read, next: null, reachedEnd: end };
  } catch (error) {
    if (error instanceof PartnerApiError && error.info.kind === 'pageLimit') return { items, from, pages: read, next: from + read, reachedEnd: false };
    throw error;
  }
}

/** Progress for the popup at most this often (each is a storage write). */
const PROGRESS_EVERY_MS = 250;

/** Both walks of one list: the head walk, then (if the history is incomplete) the resumed history walk. */
async function walkList<T extends Row>(
  list: ListName, account: Account, cache: AccountCache | null, api: PartnerApi, options: FetchOptions,
): Promise<FetchedWalks<T>> {
  const committed = cache?.lastSuccessAt ?? null;
  const pages: Pages<T> = (from, maxPages, more) =>
    (list === 'exchanges'
      ? api.exchangePages({ perPage: PER_PAGE, maxPages, from, more: more as never })
      : api.payoutPages({ perPage: PER_PAGE, maxPages, from, more: more as never })) as AsyncGenerator<Page<T>>;
  // A first sync has nothing committed: no page can hold stored rows, so none is looked up.
  // What each page's look-up finds is kept for the commit (the merge needs the same answer).
  const found = new Map<number, number>();
  const hasStored = async (rows: T[]) => {
    if (committed === null) return false;
    const stored = await storedIds(account.id, list, rows.map((row) => row.id));
    let any = false;
    for (const [id, firstSeenAt] of stored) {
      found.set(id, firstSeenAt);
      if (firstSeenAt <= committed) any = true;
    }
    return any;
  };
  const budget = options.pageCap ?? (options.deep === list ? DEEP_PAGE_CAP : SYNC_PAGE_CAP);
  let before = { pages: 0, rows: 0 };
  let reported = 0;
  const onPage = async (pagesRead: number, rows: number) => {
    const total = before.pages + pagesRead;
    if (total < 2 || Date.now() - reported < PROGRESS_EVERY_MS) return;
    reported = Date.now();
    await options.onPage?.(list, total, before.rows + rows);
  };
  const head = await walk<T>(pages, 1, budget, async (rows) => !(await hasStored(rows)), onPage);
  const left = budget - head.pages;
  // A complete history (or a first sync, which walks from page 1 until the end or the cap) needs no second walk.
  const stored = committed === null ? undefined : found;
  if (head.reachedEnd || left < 1 || cache?.lastSuccessAt == null || cache.complete[list]) return { head, history: null, stored };
  const after = head.from + head.pages;
  before = { pages: head.pages, rows: head.items.length };
  const history = await walk<T>(pages, Math.max(cache.resume[list] ?? after, after), left, async () => true, onPage);
  return { head, history, stored };
}

export async function fetchAll(account: Account, cache: AccountCache | null, options: FetchOptions): Promise<Fetched> {
  const api = createPartnerApi({ origin: account.origin, key: account.key, layout: account.layout, fetch: options.fetch, signal: options.signal });
  // The summary and the two lists are independent: asked for at once, a routine sync takes one
  // round trip instead of three (the first failure ends the sync; the abort signal stops the rest).
  const [summary, exchanges, payouts] = await Promise.all([
    api.getSummary(),
    walkList<ApiExchange>('exchanges', account, cache, api, options),
    walkList<ApiPayout>('payouts', account, cache, api, options),
  ]);
  return { summary, exchanges, payouts };
}
