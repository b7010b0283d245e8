/**
 * The limits on every field a site sends (issue 14): a broken, proxied or hostile site must not be
 * able to make the extension store or show text of any length, or numbers of any size. Each builder
 * is a zod/mini schema whose failure reads "<field>: <rule>" through describeIssues (never the value).
 * SECURITY.md's "Limits" table lists the same figures.
 */
import { z } from 'zod/mini';

/** A plain decimal: no spaces, no exponent, no "+", no thousands separators (" 12" and "1e3" are refused). */
export const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Money (balances, totals, bonus amounts): at most 10^13 in size. Below 2^53 / 100 ≈ 9·10^13, so a
 * float still holds every cent; a trillion-scale balance is already far beyond any partner account.
 */
export const MAX_MONEY = 1e13;

/**
 * Text caps, each with its reason. A site's strings end up in the popup, notifications, the badge
 * tooltip, CSV files and the clipboard; a 200 MiB referral_hash once crashed the popup on every open.
 */
export const MAX_LENGTH = {
  /** Referral hashes are a few characters ("Gz"); 128 leaves room for any token-like hash. */
  referralHash: 128,
  /** A payment system name ("Сбербанк RUB", "Tether TRC20"): a label, 100 is more than any real one. */
  name: 100,
  /** created_at is short display text ("3 недели назад", "11 мая 2024 09:42"); 64 fits any language. */
  createdText: 64,
  /** order_id: a 13-digit public id or a short code; 64 printable characters is generous. */
  orderId: 64,
  /** Statuses are single words ("referral", "paid", "unpaid"). */
  status: 32,
  /** A payout amount kept as exact text: 32 characters hold any real amount with its decimals. */
  decimalText: 32,
  /** links.next is only read as "is there more" (never fetched); 2048 is a common URL limit. */
  url: 2048,
  /** The resource `type` ("referral", "referral_charge"): informational, ignored. */
  type: 64,
} as const;

/**
 * A currency code: a letter, then 1–9 letters or digits ("rub", "RUB", "USDT", "USDTTRC20"). It is
 * shown in the balance, the badge tooltip and notifications, so "PAY-ATTENTION-VISIT-EVIL.EXAMPLE"
 * must not pass. Digits are allowed because exchange sites name crypto networks so.
 */
export const CURRENCY = /^[A-Za-z][A-Za-z0-9]{1,9}$/;

/** order_id as text: printable ASCII without spaces (no control or look-alike characters in the clipboard). */
const ORDER_ID = /^[\x21-\x7e]+$/;

/** zod's preprocess, which zod/mini lacks: the same pipe of a transform into a schema. */
export const preprocess = <T extends z.ZodMiniType>(fn: (value: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(fn), schema);

/** A finite number given as a number or a plain decimal string ("1190.36"; not " 1190.36"). */
const looseNumber = <T extends z.ZodMiniType>(schema: T) =>
  preprocess((value) => (typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value), schema);

/**
 * Money that may be negative: an available balance or a bonus can legitimately drop below zero when
 * the site reverses a bonus already paid out (a refunded exchange) or an admin corrects an account.
 */
export const signedMoney = () => looseNumber(z.number().check(z.gte(-MAX_MONEY), z.lte(MAX_MONEY)));

/** Lifetime totals (earned, paid out) only ever add up: never below zero. */
export const totalMoney = () => looseNumber(z.number().check(z.gte(0), z.lte(MAX_MONEY)));

/** percent_referral: a percent of each exchange, 0–100. */
export const percent = () => looseNumber(z.number().check(z.gte(0), z.lte(100)));

/** A count (count_referral): a whole number ≥ 0 (a safe integer). */
export const count = () => looseNumber(z.int().check(z.gte(0)));

/**
 * Row ids: safe integers ≥ 0, tolerated as digit strings. 2^53−1 is a legitimate id; anything above
 * (a 20-digit string) would be rounded by Number and collide with another id, so it is refused.
 */
export const id = () =>
  preprocess(
    (value) => (typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value),
    z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
  );

/** Text of at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));

/** A currency code (see CURRENCY), case kept for the caller to normalise. */
export const currency = () => z.string().check(z.maxLength(10), z.regex(CURRENCY, 'expected a currency code of 2–10 letters or digits'));

/** order_id: a whole number ≥ 0 or short printable text; kept as text. */
export const orderId = () =>
  preprocess(
    (value) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value),
    z.string().check(
      z.minLength(1),
      z.maxLength(MAX_LENGTH.orderId),
      z.regex(ORDER_ID, 'expected printable characters without spaces'),
    ),
  );

/** An exact decimal kept as text (payout amounts): "1190.36" stays "1190.36"; a finite number becomes its text. */
export const exactDecimal = () =>
  preprocess(
    (value) => (typeof value === 'number' ? String(value) : value),
    z.string().check(z.maxLength(MAX_LENGTH.decimalText), z.regex(DECIMAL, 'expected a decimal string')),
  );
