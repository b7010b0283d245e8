import { describe, expect, it } from 'vitest';
import { maskKey } from '../../../entrypoints/options/maskKey';

describe('maskKey', () => {
  it('shows only the last 4 characters of a long key, nothing of a short one', () => {
    expect(maskKey('1|demoFullAccessKey0000wxyz')).toBe('••••wxyz');
    expect(maskKey('12345678')).toBe('••••');
    expect(maskKey('')).toBe('••••');
  });
});
