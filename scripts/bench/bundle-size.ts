/**
 * Bundle size of each entry point as Chrome loads it: the page's module script,
 * its modulepreloaded chunks and stylesheets (or the service worker file),
 * each gzipped (level 9) and summed. Used by the size-budget test and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize { entry: string; files: string[]; rawBytes: number; gzipBytes: number }

/** Budgets in gzip bytes (issue: popup ≤ 15 KB, background ≤ 40 KB). */
export const BUDGETS: Record<string, number> = { popup: 15 * 1024, background: 40 * 1024 };

const ASSET = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g;

/** Files an HTML page makes the browser load (module entry, modulepreloads, stylesheets). */
export function pageAssets(html: string): string[] {
  return [...new Set([...html.matchAll(ASSET)].map((m) => m[1]!.replace(/^\//, '')))];
}

function measure(outDir: string, entry: string, files: string[]): EntrySize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(outDir, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { entry, files, rawBytes, gzipBytes };
}

/** Sizes of popup, options and background in a built extension directory. */
export function entrySizes(outDir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const pages: Record<string, string | undefined> = {
    popup: manifest.action?.default_popup ?? manifest.browser_action?.default_popup,
    options: manifest.options_ui?.page,
  };
  const sizes = Object.entries(pages)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([entry, page]) => measure(outDir, entry, pageAssets(readFileSync(join(outDir, page), 'utf8'))));
  const worker: string[] = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : manifest.background?.scripts ?? [];
  sizes.push(measure(outDir, 'background', worker));
  return sizes;
}
