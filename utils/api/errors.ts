/**
 * The one error union of the partner API client. Every failure the user can
 * meet is a `kind` plus the facts support needs (HTTP status, X-Request-ID).
 * User-facing text is looked up from the kind in utils/i18n/errors.ts, never
 * taken from the server. No error ever carries the API key.
 */
import { z } from 'zod';

export const addressProblemSchema = z.enum(['empty', 'malformed', 'scheme', 'insecure', 'credentials']);

export const apiErrorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('invalidAddress'), reason: addressProblemSchema }),
  z.object({ kind: z.literal('unauthorized') }),
  z.object({ kind: z.literal('forbidden'), missingAbility: z.string().nullable() }),
  z.object({ kind: z.literal('notFound') }),
  z.object({ kind: z.literal('rateLimited'), retryAfterSeconds: z.number().nullable() }),
  z.object({ kind: z.literal('server') }),
  z.object({ kind: z.literal('unexpectedStatus') }),
  z.object({ kind: z.literal('network') }),
  z.object({ kind: z.literal('timeout') }),
  z.object({ kind: z.literal('badResponse'), detail: z.string() }),
  z.object({ kind: z.literal('pageLimit'), pages: z.number() }),
]);

/** The facts every error carries (null when there was no HTTP response). */
export const errorContextSchema = z.object({
  status: z.number().nullable(),
  requestId: z.string().nullable(),
});

export type AddressProblem = z.infer<typeof addressProblemSchema>;
export type ApiErrorInfo = z.infer<typeof apiErrorSchema> & z.infer<typeof errorContextSchema>;
export type ApiErrorKind = ApiErrorInfo['kind'];
