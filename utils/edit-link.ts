/**
 * The options page address that opens one account's edit form (`options.html#edit=<id>`): the
 * popup's "Enter a new key" / "Open settings" builds it, the options page reads it. Pure.
 */
const PREFIX = '#edit=';

export function editHash(accountId: string): string {
  return PREFIX + encodeURIComponent(accountId);
}

/** The account id in a location hash, or null when the hash asks for nothing. */
export function editTarget(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || null;
  } catch {
    return null;
  }
}
