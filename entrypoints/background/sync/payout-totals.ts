/**
 * The payout figures under the balance, from the stored payouts list (pure): the awaiting and paid
 * sums (exact, in integer minor units: amounts are decimal strings), what the site's paid-out total
 * really counts, and whether available + awaiting + paid = earned holds on the site's own figures.
 *
 * Why compare: `totals.withdrawal` counts only paid requests on some installs and every request on
 * others. The list tells which: its paid sum, or its paid + awaiting sum, equals the site's figure.
 */
import type { PayoutRecord, PayoutTotals, SummaryRecord } from '../../../utils/model';

type Row = Pick<PayoutRecord, 'id' | 'status' | 'amount' | 'currency'>;

/** Decimal places the sums keep: at least cents, at most what a crypto amount carries. */
const MIN_SCALE = 2;
const MAX_SCALE = 8;
/** Two figures within this many minor units agree: the site rounds each one (and its floats carry noise). */
const ROUNDING = 1n;
/** Earned against three rounded parts: each may be half a unit off. */
const GAP_ROUNDING = 2n;

const DECIMAL = /^\s*(-?)(\d+)(?:[.,](\d+))?\s*$/;

const fractionDigits = (text: string): number => DECIMAL.exec(text)?.[3]?.length ?? 0;

/** "1190.36" at scale 2 → 119036n; null for text that is not a plain decimal (left out of the sums). */
export function toUnits(text: string, scale: number): bigint | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, minus, whole, fraction = ''] = match;
  if (fraction.length > scale) return null;
  const units = BigInt(whole! + fraction.padEnd(scale, '0'));
  return minus ? -units : units;
}

/** A site float (190.36000061035) in minor units, rounded: the noise is not money. */
const floatUnits = (value: number, scale: number): bigint => BigInt(Math.round(value * 10 ** scale));

/** 119036n at scale 2 → "1190.36". */
export function unitsToDecimal(units: bigint, scale: number): string {
  const minus = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  return scale === 0 ? minus + digits : `${minus}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** The stored payouts once this sync's writes land: rows put replace or join, removed ids leave. */
export function payoutsAfter<T extends Row>(stored: readonly T[], put: readonly T[], remove: readonly number[]): T[] {
  const rows = new Map(stored.map((row) => [row.id, row]));
  for (const row of put) rows.set(row.id, row);
  for (const id of remove) rows.delete(id);
  return [...rows.values()];
}

const near = (a: bigint, b: bigint, within = ROUNDING) => (a > b ? a - b : b - a) <= within;

/**
 * The figures for one account. `complete`: the whole payouts history is stored (until then the
 * sums are partial, so nothing is claimed about the site's figures). Rows in another currency than
 * the account's are left out of the sums and counted; while there are any, nothing is claimed either.
 */
export function payoutTotals(rows: readonly Row[], summary: SummaryRecord, complete: boolean): PayoutTotals {
  const currency = summary.currency.toLowerCase();
  const own = rows.filter((row) => row.currency.toLowerCase() === currency);
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, ...own.map((row) => fractionDigits(row.amount))));
  let awaiting = 0n, awaitingCount = 0, listedPaid = 0n, listedPaidCount = 0;
  for (const row of own) {
    const units = toUnits(row.amount, scale);
    if (units === null) continue;
    const status = row.status.toLowerCase();
    if (status === 'paid') {
      listedPaid += units;
      listedPaidCount++;
    } else if (status === 'unpaid') {
      awaiting += units;
      awaitingCount++;
    }
  }
  const otherCurrencyCount = rows.length - own.length;
  // The sums cannot be compared with the site's figures until the list is whole and in one currency.
  const comparable = complete && otherCurrencyCount === 0;
  const site = floatUnits(summary.totalPaidOut, scale);
  const siteCounts = !comparable ? 'unknown'
    : near(site, listedPaid) ? 'paid'
    : near(site, listedPaid + awaiting) ? 'requested'
    : 'unknown';
  // "Paid out in total" is what was paid: the site's figure, less the requests it counts before paying them.
  const paid = siteCounts === 'requested' ? site - awaiting : site;
  const gap = floatUnits(summary.totalEarned, scale) - floatUnits(summary.balance, scale) - awaiting - paid;
  return {
    awaiting: unitsToDecimal(awaiting, scale),
    awaitingCount,
    paid: unitsToDecimal(paid, scale),
    listedPaid: unitsToDecimal(listedPaid, scale),
    listedPaidCount,
    siteCounts,
    otherCurrencyCount,
    gap: !comparable ? null : unitsToDecimal(near(gap, 0n, GAP_ROUNDING) ? 0n : gap, scale),
  };
}
