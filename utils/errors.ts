/**
 * The error vocabulary every context shares: each failure a partner can meet is a `kind` plus the
 * facts support needs (HTTP status, X-Request-ID). The background produces them (API client,
 * storage, messages); the pages show errorText(kind) from ./i18n/errors.ts, never a server's text.
 * No error ever carries the API key.
 */
import { z } from 'zod/mini';

export const addressProblemSchema = z.enum(['empty', 'malformed', 'scheme', 'insecure', 'credentials', 'singleLabel']);

/** The limits a site's answer can break: the body's size, the rows a page may have, a field's length, range or form. */
export const responseLimitSchema = z.enum(['body', 'rows', 'value']);

export const apiErrorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('invalidAddress'), reason: addressProblemSchema }),
  z.object({ kind: z.literal('unauthorized') }),
  z.object({ kind: z.literal('forbidden'), missingAbility: z.nullable(z.string()) }),
  z.object({ kind: z.literal('notFound') }),
  z.object({ kind: z.literal('rateLimited'), retryAfterSeconds: z.nullable(z.number()) }),
  // retryAfterSeconds: a 503 maintenance page's Retry-After, when it sent one (absent otherwise).
  z.object({ kind: z.literal('server'), retryAfterSeconds: z.optional(z.number()) }),
  z.object({ kind: z.literal('unexpectedStatus') }),
  // A 3xx: never followed (the key must not travel to another address); the site moved or wants "www.".
  z.object({ kind: z.literal('redirected') }),
  z.object({ kind: z.literal('network') }),
  z.object({ kind: z.literal('timeout') }),
  // limit: which of the extension's limits the answer broke (SECURITY.md), when it was one.
  z.object({ kind: z.literal('badResponse'), detail: z.string(), limit: z.optional(responseLimitSchema) }),
  z.object({ kind: z.literal('pageLimit'), pages: z.number() }),
  // Not the site's fault: this browser could not save what was fetched (disk full, a broken profile).
  z.object({ kind: z.literal('storage') }),
  // A 2xx web page (not JSON) where the partner API should answer: a captive portal, a parked domain, another app.
  z.object({ kind: z.literal('notApi') }),
  // A bug of the extension (a TypeError, RangeError … outside any HTTP request), never a site or network failure.
  z.object({ kind: z.literal('internal') }),
]);

/** The facts every error carries (null when there was no HTTP response). */
export const errorContextSchema = z.object({
  status: z.nullable(z.number()),
  requestId: z.nullable(z.string()),
});

export type AddressProblem = z.infer<typeof addressProblemSchema>;
export type ResponseLimit = z.infer<typeof responseLimitSchema>;
export type ApiErrorInfo = z.infer<typeof apiErrorSchema> & z.infer<typeof errorContextSchema>;
export type ApiErrorKind = ApiErrorInfo['kind'];
export type ApiErrorOf<K extends ApiErrorKind> = Extract<ApiErrorInfo, { kind: K }>;

/** A page's message that the background never answered (closed, restarting, or an old page). */
export type NoAnswer = { kind: 'noAnswer'; status: null; requestId: null };

/** What a page is told when something failed: an API error, or no answer from the background. */
export type Failure = ApiErrorInfo | NoAnswer;
export type FailureKind = Failure['kind'];
