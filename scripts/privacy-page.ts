/**
 * PRIVACY.md as the extension's own page (privacy.html, linked from the options page footer), so
 * the policy a user reads is the one of the version installed, offline, in both languages.
 * A small renderer for the markdown PRIVACY.md uses (headings, paragraphs, lists, rules, bold,
 * italics, code, links); everything is escaped first. Added to every build by wxt.config.ts.
 */
import { readFileSync } from 'node:fs';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GitHub-style heading anchors: lower case, spaces to dashes, punctuation dropped. */
export const anchorOf = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-');

function inline(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    // Only in-page anchors and https links: the page runs in the extension's origin.
    .replace(/\[([^\]]+)\]\((#[^)\s]+|https:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
}

export function renderPrivacy(markdown: string): string {
  const html: string[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length) html.push(`<p>${inline(paragraph.join(' '))}</p>`);
    if (list) html.push(`<ul>${list.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    paragraph = [];
    list = null;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,3}) (.+)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      html.push(`<h${level} id="${escape(anchorOf(heading[2]!))}">${inline(heading[2]!)}</h${level}>`);
    } else if (line.startsWith('- ')) {
      if (paragraph.length) flush();
      (list ??= []).push(line.slice(2));
    } else if (list && /^\s+\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else if (line.trim() === '---') {
      flush();
      html.push('<hr>');
    } else if (line.trim() === '') {
      flush();
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Privacy policy';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escape(title)}</title>
<style>body{font:15px/1.55 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}code{font-size:.92em}h2{margin-top:1.6em}</style>
</head>
<body>
${html.join('\n')}
</body>
</html>
`;
}

export const privacyPageFrom = (path: string) => renderPrivacy(readFileSync(path, 'utf8'));
