/**
 * The message contract between the pages (popup, options) and the background, declared once: each
 * message's name, its request schema and its answer type. The background validates every request
 * with these schemas and answers only its own pages (entrypoints/background/messages.ts holds one
 * handler per name, typed by this map); pages import only the types and call send() (./send.ts).
 * Every answer is `{ ok: true, … }` or `{ ok: false, error: Failure }`.
 */
import { z } from 'zod/mini';
import { listNameSchema, type SummaryRecord } from './model';
import type { Failure } from './errors';

const accountId = z.string().check(z.minLength(1));

/** An answer type carried by the map (a type only: nothing is stored in it). */
const answer = <T>() => null as unknown as T;

type Failed = { ok: false; error: Failure };
type Done<T = object> = ({ ok: true } & T) | Failed;
type Saved = Done<{ accountId: string; summary: SummaryRecord | null }>;

export const MESSAGES = {
  /** Sync one account or all; `ifDue`: only those whose data is older than the update interval (the background decides). */
  refresh: {
    request: z.object({ accountId: z.optional(accountId), ifDue: z.optional(z.boolean()) }),
    answer: answer<Done>(),
  },
  /** The user has seen an account up to `through` (the last success the page rendered). */
  markSeen: {
    request: z.object({ accountId, through: z.number() }),
    answer: answer<Done>(),
  },
  /** Make sure one list's whole history is stored before the popup builds a file; answers its size. */
  exportHistory: {
    request: z.object({ accountId, list: listNameSchema }),
    answer: answer<Done<{ count: number }>>(),
  },
  /** Connect a site: check it (unless `verify` is false: "Save anyway"), save, start the first sync. */
  saveAccount: {
    request: z.object({ origin: z.string(), key: z.string(), label: z.string(), verify: z.boolean() }),
    answer: answer<Saved>(),
  },
  /** Change an account's address, key or label; a new address or key is checked first when `verify`. */
  editAccount: {
    request: z.object({ accountId, origin: z.string(), key: z.string(), label: z.string(), verify: z.boolean() }),
    answer: answer<Saved>(),
  },
  /** Disconnect: the running sync stops, the account, its key, data and notifications go. */
  removeAccount: {
    request: z.object({ accountId }),
    answer: answer<Done>(),
  },
};

export type MessageName = keyof typeof MESSAGES;
export type Payload<K extends MessageName> = z.infer<(typeof MESSAGES)[K]['request']>;
export type Answer<K extends MessageName> = (typeof MESSAGES)[K]['answer'];
export type Request = { [K in MessageName]: Payload<K> & { type: K } }[MessageName];

/** The request as the background receives it: `{ type, …payload }`, checked against its schema; null if not ours. */
export function parseRequest(message: unknown): Request | null {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) return null;
  const parsed = MESSAGES[type as MessageName].request.safeParse(message);
  return parsed.success ? ({ ...parsed.data, type } as Request) : null;
}
