/**
 * Every dictionary (utils/i18n/*.ts and each context's entrypoints/<context>/texts*.ts, found by glob, so new ones are covered
 * without editing this test) has every key in en and ru, with non-empty texts,
 * the plural forms each language needs and the same {placeholders}.
 */
import { describe, expect, it } from 'vitest';
import type { Message } from '../../../utils/i18n';

type Dict = { en: Record<string, Message>; ru: Record<string, Message> };

const modules = import.meta.glob<Record<string, unknown>>(['../../../utils/i18n/*.ts', '../../../entrypoints/*/texts*.ts'], { eager: true });

/** Exports that are defineMessages translators (functions carrying `.dict`). */
function dictionaries(mod: Record<string, unknown>): [string, Dict][] {
  return Object.entries(mod).flatMap(([name, value]) =>
    typeof value === 'function' && 'dict' in value ? [[name, (value as unknown as { dict: Dict }).dict] as [string, Dict]] : [],
  );
}

/** Which plural forms Intl.PluralRules picks for whole counts in each language. */
const NEEDED_FORMS = { en: ['one', 'other'], ru: ['one', 'few', 'many', 'other'] } as const;

const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => v !== undefined));
const placeholders = (message: Message) => new Set(texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));

function problems(dict: Dict): string[] {
  const found: string[] = [];
  const keys = new Set([...Object.keys(dict.en), ...Object.keys(dict.ru)]);
  for (const key of keys) {
    for (const loc of ['en', 'ru'] as const) {
      const message = dict[loc][key];
      if (message === undefined) { found.push(`${loc}.${key} is missing`); continue; }
      if (texts(message).some((text) => text.trim() === '')) found.push(`${loc}.${key} has an empty text`);
      if (typeof message !== 'string') {
        for (const form of NEEDED_FORMS[loc]) if (!message[form]?.trim()) found.push(`${loc}.${key} lacks the plural form "${form}"`);
      }
    }
    const en = dict.en[key];
    const ru = dict.ru[key];
    if (en !== undefined && ru !== undefined) {
      const a = [...placeholders(en)].sort().join(',');
      const b = [...placeholders(ru)].sort().join(',');
      if (a !== b) found.push(`${key}: placeholders differ (en {${a}} / ru {${b}})`);
    }
  }
  return found;
}

describe('i18n dictionaries are complete', () => {
  const files = Object.keys(modules).filter((path) => !path.endsWith('/index.ts'));

  it('finds the dictionary modules', () => {
    expect(files).toEqual(expect.arrayContaining([
      '../../../utils/i18n/errors.ts', '../../../entrypoints/options/texts.ts', '../../../entrypoints/popup/texts.ts',
      '../../../entrypoints/popup/texts-details.ts', '../../../entrypoints/background/texts.ts',
    ]));
  });

  it.each(files)('%s exports its translator and every key is in en and ru', (path) => {
    const found = dictionaries(modules[path]!);
    // A dictionary this test cannot see is a dictionary nobody checks.
    expect(found.length, `${path} exports no defineMessages translator`).toBeGreaterThan(0);
    for (const [name, dict] of found) expect(problems(dict), `${path} → ${name}`).toEqual([]);
  });

  it('reports what is wrong with an incomplete dictionary', () => {
    const broken = {
      en: { a: 'A {n}', b: { one: 'one', other: 'many' }, c: 'C' },
      ru: { a: 'А', b: { one: 'один', other: 'много' }, c: ' ' },
    } as unknown as Dict;
    expect(problems(broken)).toEqual([
      'a: placeholders differ (en {n} / ru {})',
      'ru.b lacks the plural form "few"',
      'ru.b lacks the plural form "many"',
      'ru.c has an empty text',
    ]);
  });
});
