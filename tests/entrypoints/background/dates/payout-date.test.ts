import { describe, expect, it } from 'vitest';
import { parsePayoutDate, payoutLocalTime, payoutTimeAtOffset } from '../../../../entrypoints/background/dates/payout-date';
import { serverDateTime, SERVER_UTC_OFFSET_MS } from '../../../../scripts/mock-server/texts';

/** Literal month names per month: Carbon's ru short genitive, ru full genitive, ru nominative, en short, en full. */
const MONTHS: [number, string, string, string, string, string][] = [
  [1, 'янв', 'января', 'январь', 'Jan', 'January'],
  [2, 'фев', 'февраля', 'февраль', 'Feb', 'February'],
  [3, 'мар', 'марта', 'март', 'Mar', 'March'],
  [4, 'апр', 'апреля', 'апрель', 'Apr', 'April'],
  [5, 'мая', 'мая', 'май', 'May', 'May'],
  [6, 'июн', 'июня', 'июнь', 'Jun', 'June'],
  [7, 'июл', 'июля', 'июль', 'Jul', 'July'],
  [8, 'авг', 'августа', 'август', 'Aug', 'August'],
  [9, 'сен', 'сентября', 'сентябрь', 'Sep', 'September'],
  [10, 'окт', 'октября', 'октябрь', 'Oct', 'October'],
  [11, 'ноя', 'ноября', 'ноябрь', 'Nov', 'November'],
  [12, 'дек', 'декабря', 'декабрь', 'Dec', 'December'],
];

describe('parsePayoutDate', () => {
  it.each(MONTHS)('month %i in every spelling', (month, ...names) => {
    for (const name of names) {
      expect(parsePayoutDate(`07 ${name} 2025 23:05`), name).toEqual({
        year: 2025, month, day: 7, hour: 23, minute: 5, second: 0,
      });
    }
  });

  it('reads the contract example in both languages', () => {
    const want = { year: 2024, month: 5, day: 11, hour: 9, minute: 42, second: 0 };
    expect(parsePayoutDate('11 мая 2024 09:42')).toEqual(want);
    expect(parsePayoutDate('11 May 2024 09:42')).toEqual(want);
  });

  it('tolerates case, spaces, dots, seconds, "г." and a comma', () => {
    const want = { year: 2024, month: 9, day: 1, hour: 7, minute: 3, second: 0 };
    expect(parsePayoutDate('  1  СЕНТ.\u00a02024   7:03 ')).toEqual(want);
    expect(parsePayoutDate('01 sept 2024, 07:03')).toEqual(want);
    expect(parsePayoutDate('01 сентября 2024 г. 07:03')).toEqual(want);
    expect(parsePayoutDate('01 Sep 2024 07:03:59')).toEqual({ ...want, second: 59 });
  });

  it('reads every date the mock server writes, in both languages', () => {
    for (let at = Date.UTC(2023, 0, 1); at < Date.UTC(2025, 0, 1); at += 86_400_000 * 3 + 3_600_000 * 5 + 60_000 * 7) {
      for (const locale of ['ru', 'en'] as const) {
        const w = parsePayoutDate(serverDateTime(at, locale));
        expect(w, serverDateTime(at, locale)).not.toBeNull();
        if (w) expect(payoutTimeAtOffset(w, SERVER_UTC_OFFSET_MS / 60_000)).toBe(Math.floor(at / 60_000) * 60_000);
      }
    }
  });

  it.each([
    '', '11 May', '11 Jan', '11 мая 2024', '11 May 2024', '09:42', '2024-05-11 09:42', '11.05.2024 09:42',
    '31 Feb 2024 10:00', '29 фев 2023 10:00', '32 янв 2024 10:00', '0 янв 2024 10:00', '11 May 2024 24:00',
    '11 May 2024 09:60', '11 Mai 2024 09:42', '11 мартобря 2024 09:42', '11 May 24 09:42', '11 May 2024 09:42 extra',
    '3 недели назад', 'May 11 2024 09:42',
  ])('bad input %j → null', (text) => {
    expect(parsePayoutDate(text)).toBeNull();
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parsePayoutDate('29 фев 2024 10:00')?.day).toBe(29);
    expect(parsePayoutDate('29 Feb 2100 10:00')).toBeNull();
  });
});

describe('payout times', () => {
  const w = { year: 2024, month: 5, day: 11, hour: 9, minute: 42, second: 0 };

  it('local time keeps the wall clock in the browser zone', () => {
    const d = new Date(payoutLocalTime(w));
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2024, 5, 11, 9, 42]);
  });

  it('a known offset gives the instant: Moscow 09:42 is 06:42 UTC', () => {
    expect(new Date(payoutTimeAtOffset(w, 180)).toISOString()).toBe('2024-05-11T06:42:00.000Z');
  });
});
