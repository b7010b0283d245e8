/**
 * The host permission pattern of an exchange site (optional_host_permissions), one origin at a
 * time. The pattern drops the port: match patterns ignore ports in Chromium, Firefox rejects them,
 * and the manifest's optional hosts (`http://127.0.0.1/*`) have none. The options page asks for a
 * pattern (it needs the user's click); the background gives it back (entrypoints/background/permissions.ts).
 */

/** "https://exchanger.com:8443" → "https://exchanger.com/*". */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
