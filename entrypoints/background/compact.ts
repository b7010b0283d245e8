/**
 * An amount short enough for the toolbar badge (about four characters): 950, 1.2k, 12k, 1.2M.
 * Pure; the tooltip carries the full figure. Rounded half up at the shown precision, and a value
 * that rounds up to the next unit moves to it (999 960 is "1M", not "1000k").
 */
const UNITS = [
  { size: 1e9, suffix: 'B' },
  { size: 1e6, suffix: 'M' },
  { size: 1e3, suffix: 'k' },
] as const;

/** One decimal below 10 of a unit (1.2k), none from 10 up (12k, 120k). */
function shortNumber(value: number, decimalMark: string): string {
  const digits = value < 10 ? 1 : 0;
  const text = value.toFixed(digits).replace(/\.0$/, '');
  return text.replace('.', decimalMark);
}

export function compactAmount(amount: number, lang: 'en' | 'ru' = 'en'): string {
  if (!Number.isFinite(amount)) return '';
  const mark = lang === 'ru' ? ',' : '.';
  const sign = amount < 0 ? '-' : '';
  const value = Math.abs(amount);
  // Whole numbers below 1000 (a bonus of 4.76 shows as 4.8, from 10 up as 13).
  const small = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  if (small < 1000) return sign + shortNumber(small, mark);
  for (let i = UNITS.length - 1; i >= 0; i--) {
    const { size, suffix } = UNITS[i]!;
    const next = UNITS[i - 1];
    const scaled = value / size;
    const rounded = scaled < 10 ? Math.round(scaled * 10) / 10 : Math.round(scaled);
    if (!next || rounded < 1000) return sign + shortNumber(rounded, mark) + suffix;
  }
  return '';
}
