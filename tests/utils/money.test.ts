import { describe, expect, it } from 'vitest';
import { roundAmount, sumAmounts } from '../../utils/money';

describe('sumAmounts', () => {
  it('adds without float drift', () => {
    expect(sumAmounts(Array.from({ length: 1000 }, () => 0.1))).toBe(100);
    expect(sumAmounts([0.1, 0.2])).toBe(0.3);
    expect(sumAmounts([])).toBe(0);
  });

  it('keeps the digits of a crypto amount (never rounds to whole kopecks)', () => {
    expect(sumAmounts([0.00012345, 0.00000001])).toBe(0.00012346);
    expect(roundAmount(1_273.77 + 303.74)).toBe(1_577.51);
  });
});
