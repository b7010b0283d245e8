/**
 * The message protocol between the pages (popup, options) and the background.
 * The background validates every request with these schemas and ignores
 * anything else; pages import only the types (see ./client.ts).
 */
import { z } from 'zod/mini';
import { layoutSchema, summaryRecordSchema } from '../model';
import { apiErrorSchema, errorContextSchema } from '../api/errors';

const accountId = z.string().check(z.minLength(1));

export const requestSchema = z.discriminatedUnion('type', [
  /** Sync now (one account, or all). */
  z.object({ type: z.literal('refresh'), accountId: z.optional(accountId) }),
  /** The user has seen everything up to `through` (the lastSuccessAt the page rendered). */
  z.object({ type: z.literal('markSeen'), accountId, through: z.number() }),
  /** Badge count per account, for the popup's switcher. */
  z.object({ type: z.literal('getState') }),
  /** Make sure the full history of one list is synced before the popup builds a CSV. */
  z.object({ type: z.literal('exportCsv'), accountId, list: z.enum(['exchanges', 'withdrawals']) }),
  /** Detect the layout and load the summary for an address and key, saving nothing. */
  z.object({ type: z.literal('testConnection'), origin: z.string(), key: z.string() }),
  /** Add (no id) or update an account; a changed origin or key clears its cache. */
  z.object({
    type: z.literal('saveAccount'),
    account: z.object({ id: z.optional(accountId), origin: z.string(), key: z.string(), label: z.string(), layout: layoutSchema }),
  }),
  /** Disconnect: remove the account, its key, cache and seen state. */
  z.object({ type: z.literal('removeAccount'), accountId }),
]);

export const failureSchema = z.intersection(apiErrorSchema, errorContextSchema);

export const testConnectionResultSchema = z.union([
  z.object({ ok: z.literal(true), layout: layoutSchema, summary: summaryRecordSchema }),
  z.object({ ok: z.literal(false), error: failureSchema }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type Failure = z.infer<typeof failureSchema>;
export type TestConnectionResult = z.infer<typeof testConnectionResultSchema>;

/** What each request answers. */
export interface Responses {
  refresh: { ok: true } | { ok: false; error: Failure };
  markSeen: { ok: true };
  getState: { unseen: Record<string, number> };
  exportCsv: { ok: true; count: number } | { ok: false; error: Failure };
  testConnection: TestConnectionResult;
  saveAccount: { ok: true; accountId: string };
  removeAccount: { ok: true };
}
