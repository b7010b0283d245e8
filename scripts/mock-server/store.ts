/**
 * The mock's mutable state on top of the seeded data: exchanges and payouts
 * added through the control API or live mode, paid flags, and the totals.
 * Ids stay contiguous (1..count), so "newest first" is a plain countdown.
 */
import { addedExchangeRng, bonusCents, seedData, type ExchangeRecord, type PayoutRecord, type SeedOptions, type SeededData } from './data';

export interface Totals {
  earnedCents: number; // lifetime referral earnings
  requestedCents: number; // every payout requested (paid or not)
  paidCents: number; // payouts already paid
}

/** The seeded partner percent (the contract's example). */
export const DEFAULT_PERCENT = 0.5;

export type StoreResult<T> = { ok: true; value: T } | { ok: false; message: string };

export class MockStore {
  private readonly seeded: SeededData;
  private added: ExchangeRecord[] = [];
  private payouts: PayoutRecord[] = [];
  /** The partner terms the control API may change (rate-watch tests); null = as seeded. */
  private terms: { percent: number; referrals: number | null } = { percent: DEFAULT_PERCENT, referrals: null };

  constructor(private readonly options: SeedOptions, private readonly clock: () => number) {
    this.seeded = seedData(options);
    this.reset();
  }

  /** Back to the seeded state (same data as at start). */
  reset(): void {
    this.added = [];
    this.payouts = this.seeded.payouts.map((p) => ({ ...p }));
    this.terms = { percent: DEFAULT_PERCENT, referrals: null };
  }

  get referrals(): number {
    return this.terms.referrals ?? this.seeded.referrals;
  }

  /** percent_referral (0.5 means 0.5 %). */
  get percent(): number {
    return this.terms.percent;
  }

  /** Changes the partner percent and/or the referral count, as the site's staff would. */
  setTerms(change: { percent?: number; referrals?: number }): void {
    if (change.percent !== undefined) this.terms.percent = change.percent;
    if (change.referrals !== undefined) this.terms.referrals = change.referrals;
  }

  get referralHash(): string {
    return this.seeded.referralHash;
  }

  exchangeCount(): number {
    return this.seeded.exchangeCount + this.added.length;
  }

  exchangeAt(id: number): ExchangeRecord | undefined {
    if (!Number.isInteger(id) || id < 1 || id > this.exchangeCount()) return undefined;
    return id <= this.seeded.exchangeCount ? this.seeded.exchangeAt(id) : this.added[id - this.seeded.exchangeCount - 1];
  }

  /** `limit` exchanges starting `offset` rows from the newest. */
  exchangesNewestFirst(offset: number, limit: number): ExchangeRecord[] {
    const rows: ExchangeRecord[] = [];
    for (let id = this.exchangeCount() - offset; id >= 1 && rows.length < limit; id--) {
      const row = this.exchangeAt(id);
      if (row) rows.push(row);
    }
    return rows;
  }

  payoutCount(): number {
    return this.payouts.length;
  }

  payoutsNewestFirst(offset = 0, limit = Infinity): PayoutRecord[] {
    const end = this.payouts.length - offset;
    const start = Math.max(0, end - limit);
    return end <= 0 ? [] : this.payouts.slice(start, end).reverse();
  }

  totals(): Totals {
    let earnedCents = this.seeded.earnedCents;
    for (const row of this.added) earnedCents += row.amountCents;
    let requestedCents = 0;
    let paidCents = 0;
    for (const p of this.payouts) {
      requestedCents += p.amountCents;
      if (p.paid) paidCents += p.amountCents;
    }
    return { earnedCents, requestedCents, paidCents };
  }

  balanceCents(): number {
    const t = this.totals();
    return Math.max(0, t.earnedCents - t.requestedCents);
  }

  /** A new referral exchange made `ageMs` ago (default just now), with the next id and order id. */
  addExchange(amountCents?: number, ageMs = 0): ExchangeRecord {
    const id = this.exchangeCount() + 1;
    const rng = addedExchangeRng(this.options.seed, id);
    const previous = this.exchangeAt(id - 1);
    const orderId = (previous?.orderId ?? this.seeded.firstOrderId) + 1 + Math.floor(rng() * 3_600_000);
    const row = { id, amountCents: amountCents ?? bonusCents(rng), orderId, createdAt: this.clock() - ageMs };
    this.added.push(row);
    return row;
  }

  /** A new unpaid payout request; it may not exceed the balance (the site refuses that too). */
  addPayout(amountCents?: number, name?: string): StoreResult<PayoutRecord> {
    const balance = this.balanceCents();
    const amount = amountCents ?? Math.max(1, Math.floor(balance * 0.4 / 100) * 100 || Math.floor(balance / 2));
    if (amount < 1 || amount > balance) {
      return { ok: false, message: `amount must be between 0.01 and the balance ${(balance / 100).toFixed(2)}` };
    }
    const payout = {
      id: this.payouts.length + 1,
      amountCents: amount,
      name: name ?? this.seeded.paymentSystem,
      paid: false,
      createdAt: this.clock(),
    };
    this.payouts.push(payout);
    return { ok: true, value: payout };
  }

  /** Marks a payout paid (idempotent); undefined when no such id. */
  pay(id: number): PayoutRecord | undefined {
    const payout = this.payouts.find((p) => p.id === id);
    if (payout) payout.paid = true;
    return payout;
  }
}
