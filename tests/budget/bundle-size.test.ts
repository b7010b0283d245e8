/**
 * Size budgets are deterministic, so they are tests: build the production
 * Chrome extension and fail when an entry point grows over its gzip budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, entrySizes, pageAssets, type EntrySize } from '../../scripts/bench/bundle-size';

const outBase = mkdtempSync(join(tmpdir(), 'iex-budget-'));
let sizes: EntrySize[] = [];

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build'], {
    // vitest sets NODE_ENV=test; the build must be the production code users get.
    env: { ...process.env, NODE_ENV: 'production', WXT_OUT_DIR: outBase },
    stdio: 'pipe',
  });
  sizes = entrySizes(join(outBase, 'chrome-mv3'));
}, 120_000);

afterAll(() => rmSync(outBase, { recursive: true, force: true }));

describe('bundle budget', () => {
  it('finds the assets an HTML page loads', () => {
    const html = '<script type="module" src="/chunks/popup-1.js"></script>'
      + '<link rel="modulepreload" href="/chunks/jsx.js"><link rel="stylesheet" href="/assets/popup.css">';
    expect(pageAssets(html)).toEqual(['chunks/popup-1.js', 'chunks/jsx.js', 'assets/popup.css']);
  });

  it.each(Object.entries(BUDGETS))('%s stays within its gzip budget', (entry, budget) => {
    const size = sizes.find((s) => s.entry === entry);
    expect(size, `${entry} entry not found in the build`).toBeDefined();
    expect(size!.gzipBytes).toBeGreaterThan(0);
    expect(size!.gzipBytes, `${entry}: ${size!.gzipBytes} B gzip over ${budget} B (files: ${size!.files.join(', ')})`)
      .toBeLessThanOrEqual(budget);
  });

  it('keeps zod and the API client out of the popup', () => {
    const popup = sizes.find((s) => s.entry === 'popup')!;
    const code = popup.files.map((f) => readFileSync(join(outBase, 'chrome-mv3', f), 'utf8')).join('\n');
    // zod's error map and the client's Bearer header are distinctive strings.
    expect(code).not.toMatch(/Bearer |invalid_type/);
  });

  it('loads the QR library only with the referral kit\'s QR panel, in a chunk under its gzip budget', () => {
    const dir = join(outBase, 'chrome-mv3', 'chunks');
    // lean-qr's thrown errors read "lean-qr error <n>": a string only the library carries.
    const withQr = readdirSync(dir).filter((file) => readFileSync(join(dir, file), 'utf8').includes('lean-qr error'));
    expect(withQr).toEqual([expect.stringMatching(/^QrPanel-[\w-]+\.js$/)]);
    const popup = sizes.find((s) => s.entry === 'popup')!;
    expect(popup.files).not.toContain(`chunks/${withQr[0]}`);
    expect(gzipSync(readFileSync(join(dir, withQr[0]!)), { level: 9 }).length).toBeLessThanOrEqual(4 * 1024);
  });
});
