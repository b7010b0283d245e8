/**
 * Seeded, deterministic generation of one partner's history: referral
 * exchanges (built lazily per id, so 10 000 or a million cost only one pass
 * to sum the amounts), payouts and the account figures. Money is kept in
 * integer kopecks so every total is exact; the API shapes live in views.ts.
 */
import { intBetween, pick, rngFor, type Rng } from './random';

export interface ExchangeRecord {
  id: number;
  amountCents: number;
  orderId: number;
  createdAt: number; // epoch ms
}

export interface PayoutRecord {
  id: number;
  amountCents: number;
  name: string;
  paid: boolean;
  createdAt: number; // epoch ms
}

export interface SeedOptions {
  seed: number;
  exchanges: number;
  withdrawals: number;
  startedAt: number; // ages are counted back from this moment
}

export interface SeededData {
  exchangeCount: number;
  exchangeAt(id: number): ExchangeRecord;
  earnedCents: number;
  /** Payouts, oldest (id 1) first; callers copy before mutating. */
  payouts: readonly PayoutRecord[];
  referrals: number;
  referralHash: string;
  paymentSystem: string;
  firstOrderId: number;
}

export const PAYMENT_SYSTEMS = ['Сбербанк RUB', 'Tinkoff RUB', 'USDT TRC20', 'ЮMoney RUB', 'Альфа-Банк RUB', 'СБП RUB'] as const;

const STREAM = { account: 1, exchange: 2, payout: 3, added: 4 } as const;
const MINUTE = 60_000;
const DAY = 86_400_000;
const MAX_SPAN = 3 * 365 * DAY;
const ORDER_STEP = 3_600_000;
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A referral bonus between 12.40 and 480.00, mostly small (as real bonuses are). */
export function bonusCents(rng: Rng): number {
  return 1240 + Math.floor(rng() ** 2 * (48_000 - 1240));
}

/** History length: about four days per exchange, at most three years. */
const spanFor = (count: number) => Math.min(Math.max(count, 1) * 4.3 * DAY, MAX_SPAN);

/** Age of row `id` of `count`: strictly increasing towards id 1, jittered inside its slot. */
function ageOf(id: number, count: number, span: number, jitter: number, minAge: number): number {
  return Math.round(minAge + (span * (count - id + jitter)) / count);
}

export function seedData(options: SeedOptions): SeededData {
  const { seed, startedAt } = options;
  const exchangeCount = Math.max(0, Math.floor(options.exchanges));
  const account = rngFor(seed, STREAM.account, 0);
  const firstOrderId = 1_690_000_000_000 + intBetween(account, 0, 20_000_000_000);
  const paymentSystem = pick(account, PAYMENT_SYSTEMS);
  const referralHash = Array.from({ length: intBetween(account, 2, 4) }, () => pick(account, [...BASE62])).join('');
  const span = spanFor(exchangeCount);

  const exchangeAt = (id: number): ExchangeRecord => {
    const rng = rngFor(seed, STREAM.exchange, id);
    const amountCents = bonusCents(rng);
    const createdAt = startedAt - ageOf(id, exchangeCount, span, rng(), 7 * MINUTE);
    return { id, amountCents, orderId: firstOrderId + id * ORDER_STEP + Math.floor(rng() * ORDER_STEP), createdAt };
  };

  let earnedCents = 0;
  for (let id = 1; id <= exchangeCount; id++) earnedCents += bonusCents(rngFor(seed, STREAM.exchange, id));

  const referrals = exchangeCount === 0
    ? intBetween(account, 0, 2)
    : Math.ceil(exchangeCount * 0.3) + intBetween(account, 0, Math.ceil(exchangeCount * 0.25) + 2);
  const payouts = seedPayouts(options, earnedCents, span, account, paymentSystem);
  return { exchangeCount, exchangeAt, earnedCents, payouts, referrals, referralHash, paymentSystem, firstOrderId };
}

/**
 * Payouts share 60–90 % of the earnings (so the balance never goes negative),
 * one kopeck at least each; the newest one to three are still unpaid, a few
 * older ones too (stuck requests), the rest are paid.
 */
function seedPayouts(options: SeedOptions, earnedCents: number, span: number, account: Rng, preferred: string): PayoutRecord[] {
  const requested = Math.floor(earnedCents * (0.6 + account() * 0.3));
  const count = Math.min(Math.max(0, Math.floor(options.withdrawals)), requested);
  if (count === 0) return [];
  const rows = Array.from({ length: count }, (_, i) => ({ id: i + 1, rng: rngFor(options.seed, STREAM.payout, i + 1) }));
  const weights = rows.map(({ rng }) => 0.3 + rng());
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const unpaidNewest = count === 1 ? intBetween(account, 0, 1) : intBetween(account, 1, Math.min(3, count - 1));

  const payouts = rows.map(({ id, rng }, i): PayoutRecord => {
    let amountCents = Math.max(1, Math.floor((requested * (weights[i] ?? 1)) / weightSum));
    if (amountCents >= 10_000 && rng() < 0.35) amountCents -= amountCents % 100; // people like round sums
    const name = rng() < 0.7 ? preferred : pick(rng, PAYMENT_SYSTEMS);
    const newest = id > count - unpaidNewest;
    const paid = !newest && (id === 1 || rng() >= 0.04);
    const createdAt = options.startedAt - ageOf(id, count, span * 0.9, rng(), 40 * MINUTE); // after earnings began
    return { id, amountCents, name, paid, createdAt };
  });
  // Rounding up tiny shares to one kopeck may overshoot; take it back from the largest.
  const over = payouts.reduce((sum, p) => sum + p.amountCents, 0) - earnedCents;
  if (over > 0) {
    const largest = payouts.reduce((a, b) => (b.amountCents > a.amountCents ? b : a));
    largest.amountCents -= over;
  }
  return payouts;
}

/** Deterministic generator for exchanges added after start (control API, live mode). */
export function addedExchangeRng(seed: number, id: number): Rng {
  return rngFor(seed, STREAM.added, id);
}
