import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyChunks } from '../../../scripts/bench/lazy-chunks';

describe('lazyChunks', () => {
  it('lists what a page loads later: dynamic imports, theirs, and Worker scripts, each once', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lazy-'));
    mkdirSync(path.join(dir, 'chunks'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'chunks/popup.js'), 'import("./export.js");import("./export.js")');
    writeFileSync(path.join(dir, 'chunks/export.js'), 'new Worker("/assets/csv-worker.js",{type:"module"});import("./xlsx.js")');
    writeFileSync(path.join(dir, 'chunks/xlsx.js'), 'x');
    writeFileSync(path.join(dir, 'assets/csv-worker.js'), 'w');
    const found = lazyChunks(dir, { entry: 'popup', files: ['chunks/popup.js'], rawBytes: 0, gzipBytes: 0 });
    expect(found.map(({ file, from }) => [file, from])).toEqual([
      ['chunks/export.js', 'chunks/popup.js'],
      ['chunks/xlsx.js', 'chunks/export.js'],
      ['assets/csv-worker.js', 'chunks/export.js'],
    ]);
  });
});
