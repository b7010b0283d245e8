/**
 * `npm run bench`: builds the extension (production + zip, and the e2e build), measures bundle
 * sizes, CSV building in Node, then in headless Chromium with the extension: sync cost, popup
 * time to balance, CSV download and service worker wake, each beside a baseline taken in the
 * same run; writes BENCHMARKS.md. A script, not a test: nothing here fails on a slow figure.
 * Every loop is bounded and a watchdog ends a stuck run; Chromium and mock servers are closed.
 * `--quick` takes fewer runs (for trying the bench itself, not for the record).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_MISSING, findChromium, ROOT } from './chromium';
import { buildAll } from './bench/build';
import { entrySizes } from './bench/bundle-size';
import { lazyChunks } from './bench/lazy-chunks';
import { measureCsvBuild } from './bench/csv-build';
import { measureCsvDownload } from './bench/csv-download';
import { describeMachine } from './bench/machine';
import { measurePopupPaint } from './bench/popup-paint';
import { keptHistory, renderReport } from './bench/report';
import type { BenchResults } from './bench/results';
import { startSession, type Session } from './bench/session';
import { measureSync } from './bench/sync-cost';
import { measureWake } from './bench/wake';

const WATCHDOG_MS = 10 * 60_000;
const quick = process.argv.includes('--quick');
const RUNS = quick
  ? { paint: 5, csv: 5, csv100k: 3, first1k: 2, first10k: 1, steady: 3, download: 2, wake: 3 }
  : { paint: 25, csv: 15, csv100k: 7, first1k: 5, first10k: 3, steady: 7, download: 7, wake: 7 };
const REPORT = path.join(ROOT, 'BENCHMARKS.md');

const log = (text: string) => console.log(`bench: ${text}`);

async function main(): Promise<void> {
  const started = Date.now();
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(CHROMIUM_MISSING);
  const machine = describeMachine(chromiumPath);
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.chromium}`);

  log('building (wxt zip, wxt build --mode e2e)…');
  const builds = buildAll();
  let session: Session | null = null;
  try {
    const sizes = entrySizes(builds.production);
    const lazy = Object.fromEntries(sizes.map((s) => [s.entry, lazyChunks(builds.production, s)]));
    for (const s of sizes) log(`${s.entry}: ${s.gzipBytes} B gzip`);

    log('CSV building in Node…');
    const csvBuild = await measureCsvBuild([1_000, 10_000, 100_000], (rows) => (rows >= 100_000 ? RUNS.csv100k : RUNS.csv));

    log('Chromium: sync cost…');
    session = await startSession(builds.e2e);
    const sync = await measureSync(session, { first1k: RUNS.first1k, first10k: RUNS.first10k, steady: RUNS.steady });
    log('Chromium: popup time to balance…');
    const before = (await sync.mock10k.requests()).length;
    const paint = await measurePopupPaint(session, RUNS.paint);
    const during = (await sync.mock10k.requests()).length - before;
    if (during > 0) paint.requests.network.push(`${during} API request(s) at the mock while popups were open`);
    log('Chromium: CSV download…');
    const csvDownload = await measureCsvDownload(session, 10_000, RUNS.download);
    log('Chromium: service worker wake…');
    const wake = await measureWake(session, sync.mock10k, RUNS.wake);

    const results: BenchResults = {
      machine, seconds: (Date.now() - started) / 1000, sizes, lazy, zipBytes: builds.zipBytes,
      paint, sync: sync.figures, bytesInUse10k: sync.bytesInUse10k, csvBuild, csvDownload, wake,
    };
    const previous = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : null;
    writeFileSync(REPORT, renderReport(results, keptHistory(previous)));
    if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
    log(`wrote ${path.relative(process.cwd(), REPORT) || REPORT} in ${results.seconds.toFixed(0)} s`);
  } finally {
    await session?.close();
    rmSync(builds.outDir, { recursive: true, force: true });
  }
}

// A stuck browser must not keep the bench (or a CI job) alive forever.
setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} min, giving up`);
  process.exit(1);
}, WATCHDOG_MS).unref();

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
