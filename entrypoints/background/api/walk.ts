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

/**
 * Yields page 1, 2, … while the previous page was non-empty and had a
 * `links.next`; the last page yielded may be empty. Throws pageLimit when
 * `maxPages` pages still were not the end, and badResponse when the server
 * answers another page than asked (meta.current_page) or repeats a page.
 */
export async function* walkPages<P extends WalkablePage>(
  load: (page: number) => Promise<LoadedPage<P>>,
  maxPages = DEFAULT_MAX_PAGES,
): AsyncGenerator<P, void, undefined> {
  const limit = Math.max(1, Math.trunc(maxPages) || 1);
  let previousIds: string | null = null;
  for (let number = 1; ; number += 1) {
    const { page, status, requestId } = await load(number);
    const stuck = (detail: string) => new PartnerApiError({ kind: 'badResponse', detail, status, requestId });

    const reported = page.meta?.current_page;
    if (reported !== undefined && reported !== number) {
      throw stuck(`meta.current_page: expected ${number}, got ${reported}`);
    }
    const ids = page.data.map((row) => row.id).join(',');
    if (page.data.length > 0 && ids === previousIds) throw stuck(`page ${number} repeats page ${number - 1}`);

    yield page;

    if (page.links.next === null || page.data.length === 0) return;
    if (number >= limit) throw new PartnerApiError({ kind: 'pageLimit', pages: limit, status, requestId });
    previousIds = ids;
  }
}
