/**
 * The language of the person running the mock or the demo, for the mock's date texts (and the
 * demo browser's UI): Russian for ru/uk/be/kk, English otherwise, the same rule as the extension's
 * own detectLocale(). Read from LC_ALL, LC_MESSAGES, LANG, then the runtime's default locale.
 */
import type { MockLocale } from './texts';

export function systemLocale(env: Record<string, string | undefined> = process.env): MockLocale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^(ru|uk|be|kk)([_.@-]|$)/i.test(tag) ? 'ru' : 'en';
}
