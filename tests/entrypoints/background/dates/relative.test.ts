import { describe, expect, it } from 'vitest';
import {
  createdAtRange,
  estimateCreatedAt,
  parseRelativeAge,
  subtractMonths,
  type RelativeUnit,
} from '../../../../entrypoints/background/dates/relative';
import { relativeTime } from '../../../../scripts/mock-server/texts';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

/** Every form Carbon's ru "ago" writes: one / few / many, as literal text (not generated). */
const RU: [RelativeUnit, string, string, string][] = [
  ['second', '1 секунду назад', '3 секунды назад', '5 секунд назад'],
  ['minute', '1 минуту назад', '2 минуты назад', '11 минут назад'],
  ['hour', '1 час назад', '4 часа назад', '12 часов назад'],
  ['day', '1 день назад', '2 дня назад', '6 дней назад'],
  ['week', '1 неделю назад', '3 недели назад', '5 недель назад'],
  ['month', '1 месяц назад', '2 месяца назад', '10 месяцев назад'],
  ['year', '1 год назад', '2 года назад', '5 лет назад'],
];

const EN: [RelativeUnit, string, string][] = [
  ['second', '1 second ago', '42 seconds ago'],
  ['minute', '1 minute ago', '21 minutes ago'],
  ['hour', '1 hour ago', '22 hours ago'],
  ['day', '1 day ago', '6 days ago'],
  ['week', '1 week ago', '3 weeks ago'],
  ['month', '1 month ago', '11 months ago'],
  ['year', '1 year ago', '2 years ago'],
];

const count = (text: string) => Number(/\d+/.exec(text)?.[0]);

describe('parseRelativeAge', () => {
  it.each(RU)('ru %s: %s, %s, %s', (unit, one, few, many) => {
    for (const text of [one, few, many]) expect(parseRelativeAge(text)).toEqual({ count: count(text), unit });
  });

  it.each(EN)('en %s: %s, %s', (unit, one, many) => {
    for (const text of [one, many]) expect(parseRelativeAge(text)).toEqual({ count: count(text), unit });
  });

  it.each([
    ['только что', 0, 'second'],
    ['just now', 0, 'second'],
    ['несколько секунд назад', 1, 'second'],
    ['a few seconds ago', 1, 'second'],
    ['минуту назад', 1, 'minute'],
    ['a minute ago', 1, 'minute'],
    ['час назад', 1, 'hour'],
    ['an hour ago', 1, 'hour'],
    ['день назад', 1, 'day'],
    ['a day ago', 1, 'day'],
    ['неделю назад', 1, 'week'],
    ['неделя назад', 1, 'week'],
    ['a week ago', 1, 'week'],
    ['месяц назад', 1, 'month'],
    ['a month ago', 1, 'month'],
    ['год назад', 1, 'year'],
    ['a year ago', 1, 'year'],
    ['вчера', 1, 'day'],
    ['yesterday', 1, 'day'],
    ['позавчера', 2, 'day'],
    ['before yesterday', 2, 'day'],
    // Carbon's short forms
    ['10 сек. назад', 10, 'second'],
    ['5 мин. назад', 5, 'minute'],
    ['2 ч. назад', 2, 'hour'],
    ['3 д. назад', 3, 'day'],
    ['1 нед. назад', 1, 'week'],
    ['4 мес. назад', 4, 'month'],
    ['1 г. назад', 1, 'year'],
    ['7 л. назад', 7, 'year'],
    ['30s ago', 30, 'second'],
    ['5m ago', 5, 'minute'],
    ['5h ago', 5, 'hour'],
    ['2d ago', 2, 'day'],
    ['3w ago', 3, 'week'],
    ['2mo ago', 2, 'month'],
    ['1yr ago', 1, 'year'],
  ] as const)('%s → %i %s', (text, n, unit) => {
    expect(parseRelativeAge(text)).toEqual({ count: n, unit });
  });

  it('is liberal with case, spaces and ё', () => {
    expect(parseRelativeAge('  3   НЕДЕЛИ\u00a0Назад ')).toEqual({ count: 3, unit: 'week' });
    expect(parseRelativeAge('Только Что')).toEqual({ count: 0, unit: 'second' });
    expect(parseRelativeAge('2 Years Ago')).toEqual({ count: 2, unit: 'year' });
    expect(parseRelativeAge('5\tminutes\nago')).toEqual({ count: 5, unit: 'minute' });
    expect(parseRelativeAge('2 чёса назад')).toBeNull();
  });

  it.each([
    '', '   ', 'назад', 'ago', 'через 2 минуты', '2 minutes from now', 'in 2 minutes', '3 недели',
    '3 weeks', 'три недели назад', 'many hours ago', '5 лун назад', '2 fortnights ago', '11 мая 2024 09:42',
    '2024-05-11', 'hour ago ago', '-3 weeks ago', '3.5 weeks ago',
  ])('unknown text %j → null', (text) => {
    expect(parseRelativeAge(text)).toBeNull();
    expect(estimateCreatedAt(text, Date.UTC(2026, 0, 1))).toBeNull();
  });

  it('understands every text the mock server writes, in both languages', () => {
    for (let age = 0; age < 6 * 365 * D; age = age * 1.07 + 3 * S) {
      for (const locale of ['ru', 'en'] as const) {
        expect(parseRelativeAge(relativeTime(age, locale)), relativeTime(age, locale)).not.toBeNull();
      }
    }
  });
});

describe('estimateCreatedAt', () => {
  const now = Date.UTC(2026, 5, 15, 12, 0, 0);

  it('"just now" is the fetch time, exact', () => {
    expect(estimateCreatedAt('только что', now)).toEqual({ at: now, precision: 'exact' });
    expect(estimateCreatedAt('just now', now)).toEqual({ at: now, precision: 'exact' });
  });

  it.each([
    ['5 минут назад', now - 5.5 * M, 'exact'],
    ['42 seconds ago', now - 42.5 * S, 'exact'],
    ['an hour ago', now - 1.5 * H, 'hour'],
    ['1 hour ago', now - 1.5 * H, 'hour'],
    ['4 часа назад', now - 4.5 * H, 'hour'],
    ['2 дня назад', now - 2.5 * D, 'day'],
    ['1 неделю назад', now - 10.5 * D, 'week'],
    ['3 weeks ago', now - 24.5 * D, 'week'],
  ] as const)('%s → the middle of its unit, precision %s', (text, at, precision) => {
    const got = estimateCreatedAt(text, now);
    expect(got?.precision).toBe(precision);
    expect(Math.abs((got?.at ?? 0) - at)).toBeLessThanOrEqual(1);
  });

  it('the range is one unit wide and ends where the text starts to be true', () => {
    const r = createdAtRange('3 недели назад', now);
    expect(r?.latest).toBe(now - 21 * D);
    expect(r?.earliest).toBe(now - 28 * D + 1);
  });

  it('months are calendar months clamped to the month end: "1 месяц назад" on 31 March', () => {
    const fetched = new Date(2026, 2, 31, 10, 0).getTime();
    const r = createdAtRange('1 месяц назад', fetched);
    expect(r?.latest).toBe(new Date(2026, 1, 28, 10, 0).getTime());
    expect(r?.earliest).toBe(new Date(2026, 0, 31, 10, 0).getTime() + 1);
    expect(r?.precision).toBe('month');
    const at = new Date(r?.at ?? 0);
    expect([at.getMonth(), at.getDate()]).toEqual([1, 14]); // 14 February, between 31 Jan and 28 Feb
  });

  it('months in a leap year and across a year end', () => {
    expect(subtractMonths(new Date(2024, 2, 31, 8).getTime(), 1)).toBe(new Date(2024, 1, 29, 8).getTime());
    expect(subtractMonths(new Date(2026, 0, 15, 8).getTime(), 2)).toBe(new Date(2025, 10, 15, 8).getTime());
    expect(subtractMonths(new Date(2026, 4, 31, 23, 59).getTime(), 25)).toBe(new Date(2024, 3, 30, 23, 59).getTime());
  });

  it('years are calendar years: "2 года назад" on 29 February 2028 lies between 28 Feb 2025 and 28 Feb 2026', () => {
    const fetched = new Date(2028, 1, 29, 9, 30).getTime();
    const r = createdAtRange('2 года назад', fetched);
    expect(r?.latest).toBe(new Date(2026, 1, 28, 9, 30).getTime());
    expect(r?.earliest).toBe(new Date(2025, 1, 28, 9, 30).getTime() + 1);
    expect(r?.precision).toBe('year');
    expect(new Date(r?.at ?? 0).getFullYear()).toBe(2025);
    expect(estimateCreatedAt('2 years ago', fetched)).toEqual({ at: r?.at, precision: 'year' });
  });

  it('holds the true time for every mock text from seconds to weeks, and within days for months and years', () => {
    for (let age = 10 * S; age < 6 * 365 * D; age = age * 1.09 + 7 * S) {
      for (const locale of ['ru', 'en'] as const) {
        const text = relativeTime(age, locale);
        const r = createdAtRange(text, now);
        if (!r) throw new Error(`not parsed: ${text}`);
        // The mock counts a month as 30 days and a year as 365: allow its drift from the calendar.
        const slack = r.precision === 'month' || r.precision === 'year' ? 6 * D : 0;
        expect(now - age, text).toBeGreaterThanOrEqual(r.earliest - slack);
        expect(now - age, text).toBeLessThanOrEqual(r.latest + slack);
      }
    }
  });

  it('rejects a fetch time that is not a number', () => {
    expect(estimateCreatedAt('5 минут назад', Number.NaN)).toBeNull();
  });
});
