/**
 * An amount the partner typed (minimum withdrawal, monthly goal): "2000", "2 000", "2000,50",
 * "2,000.50" → a number; empty → null (no value: the feature is off); anything else → invalid.
 */
export type AmountInput = { ok: true; value: number | null } | { ok: false };

/** Far above any real minimum or goal: a longer number is a typo. */
const MAX_AMOUNT = 1e12;

export function parseAmount(text: string): AmountInput {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (compact === '') return { ok: true, value: null };
  // One separator: a decimal comma or point. Both: the last is the decimal one, the other groups thousands.
  const lastSeparator = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  const normal = lastSeparator < 0 ? compact
    : compact.slice(0, lastSeparator).replace(/[.,]/g, '') + '.' + compact.slice(lastSeparator + 1);
  if (!/^\d+(\.\d+)?$/.test(normal)) return { ok: false };
  const value = Number(normal);
  return value > 0 && value < MAX_AMOUNT ? { ok: true, value } : { ok: false };
}

/** A stored amount back into the field ("2000.5" → "2000.5"): plain digits, which parseAmount reads. */
export const amountText = (value: number | null): string => (value == null ? '' : String(value));
