/**
 * The chunks an entry point loads later, with dynamic import() (not counted in its budget, which
 * is what Chrome loads before the page runs): each with its gzip size and the chunk that asks for
 * it, so BENCHMARKS.md shows every byte the popup can load, not only the first ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { EntrySize } from './bundle-size';

export interface LazyChunk { file: string; from: string; gzipBytes: number }

const DYNAMIC = /import\("\.\/([^"]+\.js)"\)/g;
/** A Worker's script, named from the extension's root (the CSV export's second thread). */
const WORKER = /new Worker\("\/([^"]+\.js)"/g;

/** Dynamic imports and Worker scripts reachable from an entry's files, breadth first (each chunk once). */
export function lazyChunks(outDir: string, entry: EntrySize): LazyChunk[] {
  const seen = new Set(entry.files);
  const queue = entry.files.filter((file) => file.endsWith('.js'));
  const found: LazyChunk[] = [];
  while (queue.length > 0) {
    const from = queue.shift()!;
    const code = readFileSync(path.join(outDir, from), 'utf8');
    const named = [
      ...[...code.matchAll(DYNAMIC)].map((match) => path.posix.join(path.posix.dirname(from), match[1]!)),
      ...[...code.matchAll(WORKER)].map((match) => match[1]!),
    ];
    for (const file of named) {
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(file);
      found.push({ file, from, gzipBytes: gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length });
    }
  }
  return found;
}
