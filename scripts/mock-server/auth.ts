/**
 * Bearer-token check the way Laravel Sanctum does it: the token is whatever
 * follows the last "Bearer " (case-insensitive); "<id>|<secret>" must match
 * both parts, a bare secret is looked up alone. Unknown or revoked → 401;
 * a key without the route's ability → 403 naming the missing ability.
 */
import { KEY_RECORDS, type KeyRecord } from './keys';

export const UNAUTHENTICATED = { message: 'Unauthenticated.' } as const;

export type AuthResult =
  | { ok: true; key: KeyRecord }
  | { ok: false; status: 401 | 403; body: Record<string, unknown>; key: KeyRecord | null };

/** Laravel's Request::bearerToken(). */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const at = header.toLowerCase().lastIndexOf('bearer ');
  if (at === -1) return null;
  const token = header.slice(at + 7).split(',')[0] ?? '';
  return token === '' ? null : token;
}

export function findKey(token: string): KeyRecord | null {
  const bar = token.indexOf('|');
  if (bar === -1) return KEY_RECORDS.find((k) => k.secret === token) ?? null;
  const id = token.slice(0, bar);
  const secret = token.slice(bar + 1);
  return KEY_RECORDS.find((k) => k.id === id && k.secret === secret) ?? null;
}

export function authorize(header: string | undefined, ability: string): AuthResult {
  const token = bearerToken(header);
  const key = token === null ? null : findKey(token);
  if (!key || key.revoked) return { ok: false, status: 401, body: UNAUTHENTICATED, key };
  if (!key.abilities.includes('*') && !key.abilities.includes(ability)) {
    return {
      ok: false,
      status: 403,
      body: { status: 1, message: 'You do not have access to this route', missing_ability: ability },
      key,
    };
  }
  return { ok: true, key };
}
