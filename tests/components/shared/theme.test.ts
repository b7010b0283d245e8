/**
 * The theme's text colours against their backgrounds, in both schemes: WCAG AA asks 4.5:1 for
 * text (links and primary buttons use the accent). Read from components/shared/theme.css itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../components/shared/theme.css', import.meta.url), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = variables(css.slice(0, darkStart));
const dark = { ...light, ...variables(css.slice(darkStart)) };

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** [text, background] pairs the pages use. */
const PAIRS: [string, string][] = [
  ['text', 'bg'], ['text', 'surface'], ['muted', 'bg'], ['muted', 'surface'],
  ['accent', 'bg'], ['accent-text', 'accent'], ['bad', 'bg'], ['good', 'bg'], ['warn', 'bg'],
];

describe('theme contrast (WCAG AA, 4.5:1)', () => {
  it('reads both schemes from the stylesheet', () => {
    expect(Object.keys(light)).toEqual(expect.arrayContaining(['bg', 'text', 'accent', 'accent-text']));
    expect(dark.bg).not.toBe(light.bg);
  });

  it.each([['light', light], ['dark', dark]] as const)('%s: every text colour on its background', (_scheme, colours) => {
    const weak = PAIRS.map(([fg, bg]) => [`${fg} on ${bg}`, contrast(colours[fg]!, colours[bg]!)] as const).filter(([, ratio]) => ratio < 4.5);
    expect(weak).toEqual([]);
  });
});
