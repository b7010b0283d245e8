/**
 * The background's view of storage: the shared items (utils/storage/items.ts), each checked against
 * the model's schema when read. A value that does not parse (a bug in an old version, a hand-edited
 * profile, a disk fault) is repaired where a rule exists (an old shape migrated, bad rows dropped),
 * else reset to its fallback, and the reset is logged with the item's key and the first problem,
 * never the value (it may hold the API key). The worker keeps working either way.
 */
import { z } from 'zod/mini';
import * as items from '../../utils/storage/items';
import { getItems, type Item } from '../../utils/storage/item';
import {
  accountCacheSchema, accountPrefsSchema, accountSchema, exchangeRecordSchema, leaseSchema, payoutRecordSchema, seenStateSchema,
  settingsSchema, syncProgressSchema,
} from '../../utils/model';
import { repairCache, repairPrefs, repairSettings } from './store-repair';

type Schema<T> = { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } } };

interface Check<T> {
  schema: Schema<T>;
  /** A last try before the reset: an older shape turned into the current one, or null. */
  repair?: (raw: unknown) => T | null;
}

function problemOf(error: { issues: { path: PropertyKey[] }[] }): string {
  const path = error.issues[0]?.path.map(String).join('.') ?? '';
  return path === '' ? 'wrong shape' : `wrong value at ${path}`;
}

/** The item's value if it is valid, repaired, or the fallback (the stored value reset, with a log line). */
async function checkValue<T>(item: Item<T>, raw: T, check: Check<T>): Promise<T> {
  if (raw === item.fallback) return raw;
  const parsed = check.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const repaired = check.repair?.(raw) ?? null;
  if (repaired !== null && check.schema.safeParse(repaired).success) {
    console.warn(`iEX Partner: stored "${item.key}" had an old or damaged shape and was repaired (${problemOf(parsed.error)}).`);
    await item.set(repaired).catch(() => undefined);
    return repaired;
  }
  console.warn(`iEX Partner: stored "${item.key}" could not be read and was reset (${problemOf(parsed.error)}).`);
  await item.remove().catch(() => undefined);
  return item.fallback;
}

/** The check of each checked item, for bulk reads (getChecked). */
const checks = new WeakMap<Item<unknown>, Check<unknown>>();

/** An item whose reads are checked; writes and watches are the plain item's. */
export function checked<T>(item: Item<T>, check: Check<T>): Item<T> {
  const safe: Item<T> = { ...item, get: async () => checkValue(item, await item.get(), check) };
  checks.set(safe as Item<unknown>, check as Check<unknown>);
  return safe;
}

/** Keep the valid rows of a list and drop the damaged ones (one bad row must not cost the rest). */
const validRows = <T>(row: Schema<T>) => (raw: unknown): T[] | null =>
  Array.isArray(raw) ? raw.flatMap((value) => { const parsed = row.safeParse(value); return parsed.success ? [parsed.data] : []; }) : null;

const listOf = <T>(row: Schema<T>): Check<T[]> => ({ schema: z.array(row as never) as unknown as Schema<T[]>, repair: validRows(row) });
const nullable = <T>(schema: Schema<T>): Schema<T | null> => z.nullable(schema as never) as unknown as Schema<T | null>;

export const accountsItem = checked(items.accountsItem, listOf(accountSchema));
export const settingsItem = checked(items.settingsItem, { schema: settingsSchema, repair: repairSettings });
export const cacheItem = (id: string) => checked(items.cacheItem(id), { schema: nullable(accountCacheSchema), repair: repairCache });
export const historyVersionItem = checked(items.historyVersionItem, { schema: z.number() as unknown as Schema<number> });
export const legacyExchangesItem = (id: string) => checked(items.legacyExchangesItem(id), listOf(exchangeRecordSchema));
export const legacyPayoutsItem = (id: string) => checked(items.legacyPayoutsItem(id), listOf(payoutRecordSchema));
export const prefsItem = (id: string) => checked(items.prefsItem(id), { schema: accountPrefsSchema, repair: repairPrefs });
export const seenItem = (id: string) => checked(items.seenItem(id), { schema: seenStateSchema });
export const leaseItem = (id: string) => checked(items.leaseItem(id), { schema: nullable(leaseSchema) });
export const progressItem = (id: string) => checked(items.progressItem(id), { schema: nullable(syncProgressSchema) });

/** Several checked items of one area, read in one storage call, each checked. */
export async function getChecked<T>(area: 'local' | 'session', list: readonly Item<T>[]): Promise<T[]> {
  const raw = (await getItems(area, list as readonly Item<unknown>[])) as T[];
  return Promise.all(list.map((item, i) => {
    const check = checks.get(item as Item<unknown>) as Check<T> | undefined;
    return check ? checkValue(item, raw[i] as T, check) : (raw[i] as T);
  }));
}

export { DEFAULT_SETTINGS, accountLocalItems } from '../../utils/storage/items';
export { emptyCache } from '../../utils/model';
