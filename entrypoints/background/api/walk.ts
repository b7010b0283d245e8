/**
 * Walks a Laravel "simple"-paginated list (no total, no last page) one page
 * at a time. The caller builds each page's URL from the configured origin;
 * the walker only reads whether `links.next` is null, never its address, and
 * refuses to loop when a server ignores `page`.
 */
import { PartnerApiError } from './errors';

export const DEFAULT_MAX_PAGES = 1000;

export interface WalkablePage {
  data: readonly { id: number }[];
  links: { next: string | null };
  meta?: { current_page?: number } | undefined;
}

/** A page plus the response facts an error about it should carry. */
export interface LoadedPage<P> {
  page: P;
  status: number;
  requestId: string | null;
}

export interface WalkOptions<P = unknown> {
  /** The first page to read (a history walk resumes deeper in the list); default 1. */
  from?: number;
  /** Pages to read at most before pageLimit; default DEFAULT_MAX_PAGES. */
  maxPages?: number;
  /**
   * Whether the walk goes on after this page (e.g. it holds no stored rows yet). Asked before the
   * page is handed over, so the next page is already on its way while the caller handles this one
   * (fetch overlaps parse and store); a walk that stops never asks for a page it will not use.
   */
  more?: (page: P) => boolean | Promise<boolean>;
}

/**
 * Yields page `from`, `from`+1, … while the previous page was non-empty and had a `links.next`; the
 * last page yielded may be empty. Throws pageLimit when `maxPages` pages still were not the end
 * (its `pages` says how many were read), and badResponse when the server answers another page than
 * asked (meta.current_page) or repeats a page. (A page with more rows than asked is refused by the
 * client's loadPage, before it gets here.)
 */
export async function* walkPages<P extends WalkablePage>(
  load: (page: number) => Promise<LoadedPage<P>>,
  { from = 1, maxPages = DEFAULT_MAX_PAGES, more }: WalkOptions<P> = {},
): AsyncGenerator<P, void, undefined> {
  const limit = Math.max(1, Math.trunc(maxPages) || 1);
  const first = Math.max(1, Math.trunc(from) || 1);
  let previousIds: string | null = null;
  let ahead: Promise<LoadedPage<P>> | null = null;
  for (let number = first; ; number += 1) {
    const { page, status, requestId } = await (ahead ?? load(number));
    ahead = null;
    const stuck = (detail: string) => new PartnerApiError({ kind: 'badResponse', detail, status, requestId });

    const reported = page.meta?.current_page;
    if (reported !== undefined && reported !== number) {
      throw stuck(`meta.current_page: expected ${number}, got ${reported}`);
    }
    const ids = page.data.map((row) => row.id).join(',');
    if (page.data.length > 0 && ids === previousIds) throw stuck(`page ${number} repeats page ${number - 1}`);

    const last = page.links.next === null || page.data.length === 0;
    // Without `more`, nothing is asked ahead: a caller that stops early must not cost a request.
    const goOn = more ? await more(page) : true;
    if (more && goOn && !last && number - first + 1 < limit) {
      ahead = load(number + 1);
      ahead.catch(() => undefined); // awaited on the next turn; never an unhandled rejection if the caller stops first
    }
    yield page;

    if (!goOn || last) return;
    if (number - first + 1 >= limit) throw new PartnerApiError({ kind: 'pageLimit', pages: limit, status, requestId });
    previousIds = ids;
  }
}
