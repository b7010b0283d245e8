import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../entrypoints/popup/sparkline';

const box = { width: 100, height: 40, pad: 5 };

describe('sparkline', () => {
  it('draws nothing without points', () => {
    expect(sparkline([], box)).toEqual({ d: '', min: 0, max: 0, end: null });
  });

  it('scales time to x and balance to y (higher balance is higher up)', () => {
    const line = sparkline([
      { at: 0, balance: 10 },
      { at: 1000, balance: 30 },
      { at: 4000, balance: 20 },
    ], box);
    // x: 5 + 90 * t/4000; y: 5 + 30 * (30 - v) / 20.
    expect(line.d).toBe('M5 35L27.5 5L95 20');
    expect(line).toMatchObject({ min: 10, max: 30, end: { x: 95, y: 20 } });
  });

  it('spreads points evenly when they share one time', () => {
    expect(sparkline([{ at: 7, balance: 1 }, { at: 7, balance: 2 }, { at: 7, balance: 1 }], box).d)
      .toBe('M5 35L50 5L95 35');
  });

  it('draws a flat series across the middle, and a single point as a flat line', () => {
    expect(sparkline([{ at: 0, balance: 5 }, { at: 10, balance: 5 }], box).d).toBe('M5 20L95 20');
    expect(sparkline([{ at: 0, balance: 5 }], box)).toEqual({ d: 'M5 20H95', min: 5, max: 5, end: { x: 95, y: 20 } });
  });

  it('rounds coordinates to one decimal', () => {
    const line = sparkline([{ at: 0, balance: 0 }, { at: 3, balance: 1 }, { at: 9, balance: 3 }], box);
    expect(line.d).toBe('M5 35L35 25L95 5');
    const odd = sparkline([{ at: 0, balance: 0 }, { at: 1, balance: 1 }, { at: 3, balance: 3 }], { width: 10, height: 10, pad: 0 });
    expect(odd.d).toBe('M0 10L3.3 6.7L10 0');
  });
});
