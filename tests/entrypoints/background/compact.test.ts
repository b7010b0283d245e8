import { describe, expect, it } from 'vitest';
import { compactAmount } from '../../../entrypoints/background/compact';

describe('compactAmount (badge text for today’s earnings)', () => {
  it('small amounts: one decimal below 10, whole numbers up to 999', () => {
    expect([0, 0.04, 4.76, 9.94, 9.96, 12.5, 476.4, 999.4].map((n) => compactAmount(n))).toEqual(
      ['0', '0', '4.8', '9.9', '10', '13', '476', '999'],
    );
  });

  it('thousands: 1.2k below 10k, 12k above; rounding up moves to the next unit', () => {
    expect([999.6, 1000, 1234.56, 9949, 9960, 12_345, 999_499, 999_960].map((n) => compactAmount(n))).toEqual(
      ['1k', '1k', '1.2k', '9.9k', '10k', '12k', '999k', '1M'],
    );
  });

  it('millions and billions', () => {
    expect([1_234_567, 12_500_000, 999_600_000, 2_345_000_000].map((n) => compactAmount(n))).toEqual(['1.2M', '13M', '1B', '2.3B']);
  });

  it('fits the badge: never more than 4 characters for amounts up to 999 billion', () => {
    for (let n = 0.01; n < 1e12; n *= 1.37) expect(compactAmount(n).length, String(n)).toBeLessThanOrEqual(4);
  });

  it('Russian writes a decimal comma; negatives keep their sign; nonsense gives nothing', () => {
    expect(compactAmount(1234.56, 'ru')).toBe('1,2k');
    expect(compactAmount(4.76, 'ru')).toBe('4,8');
    expect(compactAmount(-1500)).toBe('-1.5k');
    expect(compactAmount(Number.NaN)).toBe('');
  });
});
