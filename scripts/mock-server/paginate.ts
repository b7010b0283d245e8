/**
 * Laravel "simple" pagination as the product serves it: no total, links.last
 * always null, next null on the last page, from/to null on an empty page,
 * links keep only ?page=N. Query rules follow Laravel's FILTER_VALIDATE_INT:
 * page invalid or < 1 → 1; per_page invalid or < 1 → 20, at most 100.
 */
export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

export interface PageQuery {
  page: number;
  perPage: number;
}

/** A whole, safe, positive integer written like PHP's filter_var accepts it (" 3", "+3"), else null. */
export function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\s*\+?\d+\s*$/.test(raw)) return null;
  const n = Number(raw.trim());
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

export function parsePageQuery(query: URLSearchParams): PageQuery {
  const page = positiveInt(query.get('page')) ?? 1;
  const perPage = Math.min(positiveInt(query.get('per_page')) ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
  return { page, perPage };
}

export interface SimplePage<T> {
  data: T[];
  links: { first: string; last: null; prev: string | null; next: string | null };
  meta: { current_page: number; from: number | null; path: string; per_page: number; to: number | null };
}

/**
 * One page of a list of `total` rows; `rows(offset, limit)` returns that
 * slice (newest first), so huge lists are never materialised.
 */
export function simplePage<T>(
  path: string,
  { page, perPage }: PageQuery,
  total: number,
  rows: (offset: number, limit: number) => T[],
): SimplePage<T> {
  const offset = (page - 1) * perPage;
  const data = offset < total ? rows(offset, perPage) : [];
  const hasMore = offset + perPage < total;
  const url = (n: number) => `${path}?page=${n}`;
  return {
    data,
    links: { first: url(1), last: null, prev: page > 1 ? url(page - 1) : null, next: hasMore ? url(page + 1) : null },
    meta: {
      current_page: page,
      from: data.length > 0 ? offset + 1 : null,
      path,
      per_page: perPage,
      to: data.length > 0 ? offset + data.length : null,
    },
  };
}
