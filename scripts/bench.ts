/**
 * `npm run bench`: builds the extension (production + zip, and the e2e build), measures bundle
 * sizes, CSV building in Node, then in headless Chromium with the extension: sync cost, popup
 * time to balance, CSV download and service worker wake, each beside a baseline taken in the
 * same run; writes BENCHMARKS.md. A script, not a test: nothing here fails on a slow figure.
 * Every loop is bounded and a watchdog ends a stuck run; Chromium and mock servers are closed.
 * `--quick` takes fewer runs (for trying the bench itself, not for the record).
 * `--only sync,large` measures only those sections (bundle, csv, sync, paint, download, wake, large)
 * and prints them instead of writing BENCHMARKS.md (a partial run is not the record either).
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
import { measureLarge, type LargeResult } from './bench/large';

const WATCHDOG_MS = 20 * 60_000;
const quick = process.argv.includes('--quick');
// The popup's time to balance lands on a frame (up to ~16 ms apart here): 25 pairs left its median
// ratio anywhere from 1.19× to 1.42× across runs of the same code; 41 pairs narrow that.
const RUNS = quick
  ? { paint: 5, csv: 5, csv100k: 3, first1k: 2, first10k: 1, steady: 3, download: 2, wake: 3, heap: 2, download100k: 2 }
  : { paint: 41, csv: 15, csv100k: 7, first1k: 5, first10k: 3, steady: 7, download: 7, wake: 7, heap: 5, download100k: 9 };
const SECTIONS = ['bundle', 'csv', 'sync', 'paint', 'download', 'wake', 'large'] as const;
type Section = (typeof SECTIONS)[number];
const onlyArg = process.argv.find((a, i) => a.startsWith('--only=') || process.argv[i - 1] === '--only');
const only = onlyArg ? (onlyArg.replace(/^--only=/, '').split(',') as Section[]) : null;
if (only?.some((name) => !SECTIONS.includes(name))) throw new Error(`--only takes ${SECTIONS.join(', ')}`);
const want = (section: Section) => !only || only.includes(section);
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
    const sizes = want('bundle') ? entrySizes(builds.production) : [];
    const lazy = Object.fromEntries(sizes.map((s) => [s.entry, lazyChunks(builds.production, s)]));
    for (const s of sizes) log(`${s.entry}: ${s.gzipBytes} B gzip`);

    let csvBuild: BenchResults['csvBuild'] = [];
    if (want('csv')) {
      log('CSV building in Node…');
      csvBuild = await measureCsvBuild([1_000, 10_000, 100_000], (rows) => (rows >= 100_000 ? RUNS.csv100k : RUNS.csv));
    }

    session = await startSession(builds.e2e);
    let sync: Awaited<ReturnType<typeof measureSync>> | null = null;
    if (want('sync')) {
      log('Chromium: sync cost…');
      sync = await measureSync(session, { first1k: RUNS.first1k, first10k: RUNS.first10k, steady: RUNS.steady });
    }
    // The 10 000 account the next three measure with (the sync section leaves it connected).
    let mock10k = sync?.mock10k ?? null;
    let account10k = sync?.accountId ?? null;
    if (!mock10k && (want('paint') || want('download') || want('wake'))) {
      mock10k = await session.startMock({ exchanges: 10_000 });
      account10k = await session.connect(mock10k);
    }
    let paint: BenchResults['paint'] | undefined;
    if (want('paint')) {
      log('Chromium: popup time to balance…');
      const before = (await mock10k!.requests()).length;
      paint = await measurePopupPaint(session, RUNS.paint);
      const during = (await mock10k!.requests()).length - before;
      if (during > 0) paint.requests.network.push(`${during} API request(s) at the mock while popups were open`);
    }
    let csvDownload: BenchResults['csvDownload'] | undefined;
    if (want('download')) {
      log('Chromium: CSV download…');
      csvDownload = await measureCsvDownload(session, 10_000, RUNS.download);
    }
    let wake: BenchResults['wake'] | undefined;
    if (want('wake')) {
      log('Chromium: service worker wake…');
      wake = await measureWake(session, mock10k!, RUNS.wake);
    }
    let large: LargeResult | undefined;
    if (want('large')) {
      log('Chromium: 100 000 stored…');
      // Alone in the profile: the badge and the popup are about this account only.
      if (account10k) await session.send({ type: 'removeAccount', accountId: account10k });
      large = await measureLarge(
        session, { steady: RUNS.steady, paint: RUNS.paint, wake: RUNS.wake, heap: RUNS.heap, download: RUNS.download100k },
        sync?.at1k ?? null, log,
      );
    }

    const seconds = (Date.now() - started) / 1000;
    if (only) {
      const partial = { seconds, sizes, csvBuild, sync: sync && { figures: sync.figures, idbFloor: sync.idbFloor }, paint, csvDownload, wake, large };
      console.log(JSON.stringify(partial, (key, value) => (key === 'mock10k' ? undefined : value), 2));
      if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(partial, null, 2));
      log(`--only ${only.join(',')}: printed above, BENCHMARKS.md left as it is (${seconds.toFixed(0)} s)`);
      return;
    }
    const results: BenchResults = {
      machine, seconds, sizes, lazy, zipBytes: builds.zipBytes,
      paint: paint!, sync: [...sync!.figures, ...large!.sync], bytesInUse10k: sync!.bytesInUse10k, idbFloor: sync!.idbFloor,
      csvBuild, csvDownload: csvDownload!, wake: wake!, large: large!,
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
