/**
 * Tiny i18n: each concern keeps its own dictionary (`defineMessages({ en, ru })`),
 * so the popup bundles only its strings. The type system makes `ru` carry every
 * key of `en`. Plurals use Intl.PluralRules ({ one, few, many, other }); `{name}`
 * placeholders are filled from params. Hand-written: a library would outweigh it.
 * The manifest's name/description live in public/_locales (browser.i18n).
 */
export type Locale = 'en' | 'ru';
export type Plural = { one: string; few?: string; many?: string; other: string };
export type Message = string | Plural;
export type Params = Record<string, string | number>;

let forced: Locale | null = null;

/** The browser UI language: Russian for ru/uk/be/kk users, English otherwise. */
export function detectLocale(language = typeof navigator === 'undefined' ? 'en' : navigator.language): Locale {
  return /^(ru|uk|be|kk)\b/i.test(language) ? 'ru' : 'en';
}

export const locale = (): Locale => forced ?? detectLocale();

/** Tests and the e2e screenshots pin a language. */
export function setLocale(next: Locale | null): void {
  forced = next;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pick(message: Message, loc: Locale, params: Params): string {
  if (typeof message === 'string') return message;
  const count = Number(params.count ?? 0);
  const rules = pluralRules.get(loc) ?? new Intl.PluralRules(loc);
  pluralRules.set(loc, rules);
  const form = rules.select(count) as keyof Plural;
  return message[form] ?? message.other;
}

export function fill(text: string, params: Params): string {
  // Most texts have no placeholder (and an export asks for one per row): no regex for those.
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translator<K extends string> = (key: K, params?: Params) => string;

export function defineMessages<const En extends Record<string, Message>>(dict: {
  en: En;
  ru: { [K in keyof En]: Message };
}): Translator<Extract<keyof En, string>> & { dict: typeof dict } {
  const t = (key: Extract<keyof En, string>, params: Params = {}) => {
    const loc = locale();
    return fill(pick(dict[loc][key], loc, params), params);
  };
  return Object.assign(t, { dict });
}
