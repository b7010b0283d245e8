import { describe, expect, it } from 'vitest';
import { parsePageQuery, positiveInt, simplePage } from '../../../scripts/mock-server/paginate';

const q = (s: string) => parsePageQuery(new URLSearchParams(s));
const rows = (total: number) => (offset: number, limit: number) =>
  Array.from({ length: Math.min(limit, total - offset) }, (_, i) => total - offset - i);

describe('mock pagination query', () => {
  it('falls back to page 1 for missing, invalid or < 1 pages', () => {
    for (const s of ['', 'page=0', 'page=-1', 'page=abc', 'page=2.5', 'page=', 'page=1e3', 'page=99999999999999999999']) {
      expect(q(s).page, s).toBe(1);
    }
    expect(q('page=3').page).toBe(3);
    expect(q('page=%203').page).toBe(3); // PHP trims
  });

  it('defaults per_page to 20 and clamps it to 100', () => {
    expect(q('').perPage).toBe(20);
    expect(q('per_page=0').perPage).toBe(20);
    expect(q('per_page=x').perPage).toBe(20);
    expect(q('per_page=7').perPage).toBe(7);
    expect(q('per_page=500').perPage).toBe(100);
  });

  it('reads only whole positive numbers', () => {
    expect(positiveInt('+4')).toBe(4);
    expect(positiveInt('-4')).toBeNull();
    expect(positiveInt(null)).toBeNull();
  });
});

describe('mock simplePage', () => {
  const path = 'http://h/api/v2/account/partner/exchanges';

  it('builds Laravel simple-pagination links and meta', () => {
    const page = simplePage(path, { page: 2, perPage: 3 }, 10, rows(10));
    expect(page.data).toEqual([7, 6, 5]);
    expect(page.links).toEqual({ first: `${path}?page=1`, last: null, prev: `${path}?page=1`, next: `${path}?page=3` });
    expect(page.meta).toEqual({ current_page: 2, from: 4, path, per_page: 3, to: 6 });
  });

  it('has no next on the last page', () => {
    const page = simplePage(path, { page: 4, perPage: 3 }, 10, rows(10));
    expect(page.data).toEqual([1]);
    expect(page.links.next).toBeNull();
    expect(page.meta.to).toBe(10);
  });

  it('has no next when the last page is exactly full', () => {
    expect(simplePage(path, { page: 2, perPage: 5 }, 10, rows(10)).links.next).toBeNull();
  });

  it('answers an empty page past the end with from/to null', () => {
    const page = simplePage(path, { page: 9, perPage: 5 }, 10, rows(10));
    expect(page.data).toEqual([]);
    expect(page.meta.from).toBeNull();
    expect(page.meta.to).toBeNull();
    expect(page.links.prev).toBe(`${path}?page=8`);
    expect(page.links.next).toBeNull();
  });
});
