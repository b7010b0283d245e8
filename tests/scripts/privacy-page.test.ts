/** PRIVACY.md rendered as the extension's privacy.html: complete, escaped, both languages reachable. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorOf, renderPrivacy } from '../../scripts/privacy-page';

const source = readFileSync(new URL('../../PRIVACY.md', import.meta.url), 'utf8');

describe('privacy page', () => {
  const html = renderPrivacy(source);

  it('carries every section of PRIVACY.md, English and Russian', () => {
    const headings = [...source.matchAll(/^#{1,3} (.+)$/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(10);
    for (const heading of headings) expect(html).toContain(`id="${anchorOf(heading)}"`);
    expect(html).toContain('Как удалить свои данные');
  });

  it('the link to the Russian half points at its heading', () => {
    const target = /href="#([^"]+)"/.exec(html)?.[1];
    expect(target).toBe(anchorOf('iEX Partner: политика конфиденциальности'));
    expect(html).toContain(`id="${target}"`);
  });

  it('escapes HTML and keeps only in-page or https links', () => {
    const page = renderPrivacy('# T\n\nA <script>x</script> [a](javascript:alert(1)) [b](https://example.com) `<i>`');
    expect(page).not.toContain('<script>x');
    expect(page).toContain('&lt;script&gt;');
    expect(page).not.toContain('href="javascript');
    expect(page).toContain('<a href="https://example.com">b</a>');
    expect(page).toContain('<code>&lt;i&gt;</code>');
  });
});
