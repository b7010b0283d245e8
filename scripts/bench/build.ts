/**
 * The builds a bench measures, written to a temporary out dir (WXT_OUT_DIR, see wxt.config.ts)
 * so a bench never swaps files under another run's browser: the production build and its zip
 * (`wxt zip`: what a store receives) and the e2e build (`--mode e2e`: test hosts granted, blank.html).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../chromium';

const WXT = path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs');

export interface Builds {
  outDir: string;
  /** Production build (chrome-mv3). */
  production: string;
  /** e2e build (chrome-mv3-e2e). */
  e2e: string;
  zipFile: string;
  zipBytes: number;
  seconds: number;
}

function wxt(args: string[], outDir: string): void {
  const result = spawnSync(process.execPath, [WXT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WXT_OUT_DIR: outDir },
    timeout: 180_000,
  });
  if (result.status !== 0) throw new Error(`wxt ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** `wxt zip` (which builds production first), then `wxt build --mode e2e`. */
export function buildAll(): Builds {
  const started = Date.now();
  const outDir = mkdtempSync(path.join(tmpdir(), 'iex-bench-build-'));
  wxt(['zip'], outDir);
  const zipName = readdirSync(outDir).find((name) => name.endsWith('-chrome.zip'));
  if (!zipName) throw new Error(`wxt zip wrote no *-chrome.zip into ${outDir}`);
  wxt(['build', '--mode', 'e2e'], outDir);
  const zipFile = path.join(outDir, zipName);
  return {
    outDir,
    production: path.join(outDir, 'chrome-mv3'),
    e2e: path.join(outDir, 'chrome-mv3-e2e'),
    zipFile,
    zipBytes: statSync(zipFile).size,
    seconds: (Date.now() - started) / 1000,
  };
}
