/**
 * "You can request a payout now": the balance crossed the account's minimum withdrawal upward.
 * Stateless on purpose: comparing the balance before and after one sync says "crossed" exactly once
 * per crossing (the next sync starts at or above the minimum), and again only after it fell below.
 * Never on an account's first sync (there is no "before"), never without a minimum.
 */
export function crossedMinimum(before: number | null, after: number, minimum: number | null): boolean {
  if (minimum == null || !(minimum > 0) || before == null) return false;
  return before < minimum && after >= minimum;
}
