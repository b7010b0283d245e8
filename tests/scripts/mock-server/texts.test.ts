import { describe, expect, it } from 'vitest';
import { relativeTime, ruPluralIndex, serverDateTime } from '../../../scripts/mock-server/texts';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('mock relativeTime (Carbon diffForHumans wording)', () => {
  it.each([
    [0, 'только что', 'just now'],
    [9 * S, 'только что', 'just now'],
    [-5 * S, 'только что', 'just now'],
    [42 * S, '42 секунды назад', '42 seconds ago'],
    [1 * M, '1 минуту назад', '1 minute ago'],
    [21 * M + 30 * S, '21 минуту назад', '21 minutes ago'],
    [5 * H, '5 часов назад', '5 hours ago'],
    [22 * H, '22 часа назад', '22 hours ago'],
    [1 * D, '1 день назад', '1 day ago'],
    [6 * D + 23 * H, '6 дней назад', '6 days ago'],
    [13 * D, '1 неделю назад', '1 week ago'],
    [21 * D, '3 недели назад', '3 weeks ago'],
    [45 * D, '1 месяц назад', '1 month ago'],
    [150 * D, '5 месяцев назад', '5 months ago'],
    [400 * D, '1 год назад', '1 year ago'],
    [800 * D, '2 года назад', '2 years ago'],
    [5 * 365 * D, '5 лет назад', '5 years ago'],
  ])('%i ms → %s / %s', (age, ru, en) => {
    expect(relativeTime(age, 'ru')).toBe(ru);
    expect(relativeTime(age, 'en')).toBe(en);
  });

  it('picks Russian plural forms by the last digits', () => {
    expect([1, 21, 101].map(ruPluralIndex)).toEqual([0, 0, 0]);
    expect([2, 3, 4, 22, 34].map(ruPluralIndex)).toEqual([1, 1, 1, 1, 1]);
    expect([5, 11, 12, 14, 19, 20, 111, 112].map(ruPluralIndex)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
  });
});

describe('mock serverDateTime (d M Y H:i, Moscow time)', () => {
  it('formats like the contract sample in both languages', () => {
    const at = Date.UTC(2024, 4, 11, 6, 42); // 09:42 in Moscow
    expect(serverDateTime(at, 'ru')).toBe('11 мая 2024 09:42');
    expect(serverDateTime(at, 'en')).toBe('11 May 2024 09:42');
  });

  it('pads the day and crosses midnight in server time, not UTC', () => {
    expect(serverDateTime(Date.UTC(2023, 11, 31, 22, 5), 'ru')).toBe('01 янв 2024 01:05');
    expect(serverDateTime(Date.UTC(2023, 11, 31, 22, 5), 'en')).toBe('01 Jan 2024 01:05');
  });
});
