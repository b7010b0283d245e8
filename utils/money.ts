/**
 * Adding the site's amounts. They arrive as floats ("12.3"), and a sum of many drifts by 1e-15s;
 * rounding it to 8 decimals (the finest a crypto amount carries) removes that noise and keeps every
 * real digit. Not to whole kopecks: a bitcoin bonus of 0.00012345 would round to nothing.
 * Used by the popup (periods, goal, tabs' total) and the background (today's earnings on the badge).
 */
export function roundAmount(sum: number): number {
  return Math.round(sum * 1e8) / 1e8;
}

export function sumAmounts(amounts: Iterable<number>): number {
  let sum = 0;
  for (const amount of amounts) sum += amount;
  return roundAmount(sum);
}
