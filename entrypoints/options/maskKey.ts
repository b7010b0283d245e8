/** The only form of an API key the pages ever render: its last 4 characters. */
export const MASK = '••••';

/** "1|abc…wxyz" → "••••wxyz"; a key of 8 characters or fewer shows nothing of itself. */
export function maskKey(key: string): string {
  return key.length > 8 ? MASK + key.slice(-4) : MASK;
}
