/**
 * BENCHMARKS.md from one bench run: machine and date, a goal/measured/met summary, then each
 * measure with how it was taken. The hand-written "Changes" section (between the HISTORY
 * markers) is carried over from the previous file, since a run cannot know what was fixed.
 */
import { BUDGETS } from './bundle-size';
import { GOALS, type BenchResults } from './results';
import { describe, ms, ratio, times, type Summary } from './stats';

export const HISTORY_START = '<!-- history:start (hand-written, kept by npm run bench) -->';
export const HISTORY_END = '<!-- history:end -->';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (met: boolean) => (met ? 'met' : '**missed**');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const timing = (s: Summary) => `${ms(s.median)} (p90 ${ms(s.p90)}, min ${ms(s.min)})`;

/** The history section of an existing BENCHMARKS.md, or a fresh one. */
export function keptHistory(previous: string | null): string {
  const start = previous?.indexOf(HISTORY_START) ?? -1;
  const end = previous?.indexOf(HISTORY_END) ?? -1;
  if (previous && start >= 0 && end > start) return previous.slice(start, end + HISTORY_END.length);
  return `${HISTORY_START}\n_No changes recorded yet._\n${HISTORY_END}`;
}

function summary(r: BenchResults): string {
  const size = (entry: string) => r.sizes.find((s) => s.entry === entry)!;
  const paintRatio = ratio(r.paint.popup, r.paint.blank);
  const csv10k = r.csvBuild.find((f) => f.rows === 10_000)!;
  const rows: (string | number)[][] = [
    ...Object.entries(BUDGETS).map(([entry, budget]) =>
      [`${entry} bundle (gzip)`, `≤ ${kb(budget)}`, kb(size(entry).gzipBytes), mark(size(entry).gzipBytes <= budget)]),
    ['popup time to balance', `≤ ${GOALS.popupRatio}× blank.html`, `${ms(r.paint.popup.median)} = ${times(paintRatio)} (blank ${ms(r.paint.blank.median)})`, mark(paintRatio <= GOALS.popupRatio)],
    ['network requests before the popup paints', '0', String(r.paint.requests.networkBeforePaint.length), mark(r.paint.requests.networkBeforePaint.length === 0)],
    ...r.sync.map((f) => [
      f.label, f.goal,
      f.goal.includes('×')
        ? `${(f.time.median / f.baseline.median).toFixed(2)}× (${f.time.median.toFixed(0)} / ${f.baseline.median.toFixed(0)} ms)`
        : `${f.exchangeRequests} exchange / ${f.requests} total requests`,
      mark(f.met),
    ]),
    ['CSV build, 10 000 rows (Node)', `≤ ${GOALS.csv10kMs} ms`, ms(csv10k.csv.median), mark(csv10k.csv.median <= GOALS.csv10kMs)],
    ...largeSummary(r),
  ];
  return table(['figure', 'goal', 'measured', ''], rows);
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function largeSummary(r: BenchResults): (string | number)[][] {
  const { paint, wake, csvDownload: d, heap } = r.large;
  const paintRatio = ratio(paint.popup, paint.blank);
  const wakeRatio = ratio(wake.asleep, wake.awake);
  const csvRatio = ratio(d.click, d.baseline);
  return [
    ['popup time to balance, 100 000 stored', `≤ ${GOALS.popupRatio}× blank.html`, `${times(paintRatio)} (${ms(paint.popup.median)} / ${ms(paint.blank.median)})`, mark(paintRatio <= GOALS.popupRatio)],
    ['worker asleep → alarm → badge, one arrival, 100 000 stored', `≤ ${GOALS.wakeRatio}× awake`, `${times(wakeRatio)} (${ms(wake.asleep.median)} / ${ms(wake.awake.median)})`, mark(wakeRatio <= GOALS.wakeRatio)],
    ['click → CSV download, 100 000 rows', `≤ ${GOALS.csvDownloadRatio}× a ready text of the same size`, `${times(csvRatio)} (${ms(d.click.median)} / ${ms(d.baseline.median)})`, mark(csvRatio <= GOALS.csvDownloadRatio)],
    ['worker heap during a sync with 5 new, 100 000 stored', `≤ ${mib(GOALS.heapBytes)}`, `${mib(heap.peak.max)} at most (median peak ${mib(heap.peak.median)})`, mark(heap.peak.max <= GOALS.heapBytes)],
  ];
}

function large(r: BenchResults): string {
  const { paint, wake, csvDownload: d, heap } = r.large;
  return [
    table(['figure', 'median', 'p90', 'min', 'runs', 'baseline (median, p90, min)', 'ratio'], [
      ['popup time to balance', ms(paint.popup.median), ms(paint.popup.p90), ms(paint.popup.min), paint.popup.n, `blank.html: ${timing(paint.blank)}`, times(ratio(paint.popup, paint.blank))],
      ['alarm → badge, worker asleep', ms(wake.asleep.median), ms(wake.asleep.p90), ms(wake.asleep.min), wake.asleep.n, `awake: ${timing(wake.awake)}`, times(ratio(wake.asleep, wake.awake))],
      [`click → CSV download (${kb(d.bytes)})`, ms(d.click.median), ms(d.click.p90), ms(d.click.min), d.click.n, `ready text: ${timing(d.baseline)}`, times(ratio(d.click, d.baseline))],
    ]),
    '',
    `Worker heap (\`Runtime.getHeapUsage\` usedSize, garbage not yet collected included), ${heap.runs} syncs with 5 new each, ` +
      `${heap.samples} samples in all: at rest before each sync (after a forced GC) ${mib(heap.atRest.median)} (max ${mib(heap.atRest.max)}); ` +
      `highest sample during a sync ${mib(heap.peak.median)} median, **${mib(heap.peak.max)}** at most.`,
    '',
    `IndexedDB's own floor under that CSV: reading the ${r.large.rows.toLocaleString('en-US')} rows back from the extension's database ` +
      `(their blocks, 20 a call) from an extension page, nothing built: ${timing(r.large.readAll)} ` +
      `(n=${r.large.readAll.n}); the click above is ${times(ratio(d.click, r.large.readAll))} of it.`,
    '',
    `Loading the 100 000 rows in (first sync, then the export's walk to the end: 1 000 pages, 100 blocks of 1 000 rows) took ${r.large.loadSeconds.toFixed(0)} s.`,
  ].join('\n');
}

function sizes(r: BenchResults): string {
  const rows = r.sizes.map((s) => [
    s.entry, kb(s.gzipBytes), BUDGETS[s.entry] ? `≤ ${kb(BUDGETS[s.entry]!)} (${mark(s.gzipBytes <= BUDGETS[s.entry]!)})` : '—',
    kb(s.rawBytes), s.files.map((f) => `\`${f}\``).join(', '),
  ]);
  const later = Object.entries(r.lazy).flatMap(([entry, chunks]) => chunks.map((c) => [entry, `\`${c.file}\``, kb(c.gzipBytes), `\`${c.from}\``]));
  return [
    table(['entry', 'gzip', 'budget', 'raw', 'files Chrome loads'], rows),
    '',
    'Loaded later with `import()` (after the page has started; not in the budget):',
    '',
    table(['entry', 'chunk', 'gzip', 'asked for by'], later),
    '',
    `Store package (\`wxt zip\`): **${kb(r.zipBytes)}** (${r.zipBytes} B).`,
  ].join('\n');
}

function paint(r: BenchResults): string {
  const { requests } = r.paint;
  return [
    table(['page', 'median', 'p90', 'min', 'runs'], [
      ['popup.html', ms(r.paint.popup.median), ms(r.paint.popup.p90), ms(r.paint.popup.min), r.paint.popup.n],
      ['blank.html (baseline)', ms(r.paint.blank.median), ms(r.paint.blank.p90), ms(r.paint.blank.min), r.paint.blank.n],
    ]),
    '',
    `Ratio popup / baseline (medians): **${times(ratio(r.paint.popup, r.paint.blank))}** (goal ≤ ${GOALS.popupRatio}×).`,
    '',
    `Requests per popup open: ${requests.extensionFiles.toFixed(0)} of the extension's own files (chrome-extension://); ` +
      `network (http/https/ws): ${requests.network.length ? requests.network.join(', ') : 'none'}; ` +
      `network before the paint: ${requests.networkBeforePaint.length ? requests.networkBeforePaint.join(', ') : 'none'}.`,
  ].join('\n');
}

function sync(r: BenchResults): string {
  const rows = r.sync.map((f) => [
    f.label, f.exchangeRequests, f.requests, f.goal, mark(f.met), timing(f.time), timing(f.baseline), times(ratio(f.time, f.baseline)),
  ]);
  return [
    table(['sync', 'exchange requests', 'all requests', 'goal', '', 'wall time', 'bare fetch of the same pages', 'ratio'], rows),
    '',
    `storage.local after the first sync of 10 000 exchanges: **${(r.bytesInUse10k / 2 ** 20).toFixed(2)} MiB** ` +
      `(${r.bytesInUse10k} B, \`chrome.storage.local.getBytesInUse(null)\`).`,
    '',
    `The design the blocks replaced, for comparison: ${r.idbFloor.rows.toLocaleString('en-US')} rows put as one record each (the key path ` +
      `and both indexes of database version 2) in one transaction from an extension page, no extension code: ${timing(r.idbFloor.put)} ` +
      `(n=${r.idbFloor.put.n}), against the bare walk of the same pages above and the whole first sync (which stores them in blocks).`,
  ].join('\n');
}

function csv(r: BenchResults): string {
  const rows = r.csvBuild.map((f) => [
    f.rows.toLocaleString('en-US'), timing(f.csv), timing(f.baseline), times(ratio(f.csv, f.baseline)), kb(f.bytes),
    f.xlsx ? timing(f.xlsx) : '—', f.xlsxBytes ? kb(f.xlsxBytes) : '—',
  ]);
  const d = r.csvDownload;
  return [
    table(['rows', 'CSV (export/csv.ts)', "baseline: rows.map(r => r.join(',')).join('\\r\\n')", 'ratio', 'CSV file', '.xlsx (export/xlsx.ts)', '.xlsx file'], rows),
    '',
    `Click on "Exchanges CSV" → download, ${d.rows.toLocaleString('en-US')} rows (${kb(d.bytes)}): ${describe(d.click)}; ` +
      `baseline (a ready text of the same size downloaded from blank.html the same way): ${describe(d.baseline)}; ` +
      `ratio **${times(ratio(d.click, d.baseline))}**.`,
  ].join('\n');
}

function wake(r: BenchResults): string {
  return table(['worker', 'alarm → badge, median', 'p90', 'min', 'runs'], [
    ['asleep (stopped through CDP)', ms(r.wake.asleep.median), ms(r.wake.asleep.p90), ms(r.wake.asleep.min), r.wake.asleep.n],
    ['awake (baseline)', ms(r.wake.awake.median), ms(r.wake.awake.p90), ms(r.wake.awake.min), r.wake.awake.n],
  ]) + `\n\nRatio asleep / awake: **${times(ratio(r.wake.asleep, r.wake.awake))}**.`;
}

export function renderReport(r: BenchResults, history: string): string {
  const m = r.machine;
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts) on **${m.date}**, in ${r.seconds.toFixed(0)} s. Do not edit by hand,
except the "Changes" section at the end, which each run keeps.

| machine | |
| --- | --- |
| CPU | ${m.cpu} |
| cores | ${m.cores} |
| memory | ${m.memoryGiB} GiB |
| OS | ${m.os} |
| Node | ${m.node} |
| Chromium | ${m.chromium} |

This machine is shared and noisy: timings are medians of repeated runs (p90 and min beside them), each next to a
baseline measured in the same run, alternating with it (A B, B A, …), and judged by the ratio. Timings are never
asserted in tests; the size budgets are (tests/budget/bundle-size.test.ts).

## Summary

${summary(r)}

## 1. Bundle size

Production build (\`wxt build\`, chrome-mv3). Per entry point, every file Chrome loads for it: the page's module
script, its modulepreloaded chunks and stylesheets (from the built HTML), or the service worker file; each
gzipped at level 9 and summed (scripts/bench/bundle-size.ts, the same code as the budget test). Chunks a page
loads later with \`import()\` are listed below the table: the popup's details under the balance (asked for at the
first render, never waited for), the error texts (first error shown) and the CSV code (first download).

${sizes(r)}

## 2. Popup time to balance

Headless Chromium with the e2e build (\`wxt build --mode e2e\`: production code, test hosts granted), account
connected to the mock API with 10 000 exchanges and its first sync finished (the 10 000-row list is in storage).
Each run opens the popup at the address a click on the toolbar button opens (\`chrome.action.getPopup\`:
popup.html naming the account, utils/popup-address.ts) in a fresh tab (380×600) and reads
\`performance.getEntriesByName('iex:balance-painted')[0].startTime\`: navigation start → the first frame that shows
the balance. The mark is polled with bare CDP \`Runtime.evaluate\` (Playwright's \`waitForFunction\` would inject its
selector engine into the page while it loads and slow what is measured). Baseline: blank.html (e2e build only,
built on its own like the popup), which paints one number with no framework and no storage read and sets the same
mark. One untimed open of each first; then popup and baseline alternate. Requests: Playwright's \`request\` event
per tab, the page's Resource Timing entries up to the mark, and the mock's request log while the popups were open.

${paint(r)}

## 3. Sync cost

The real extension in the same Chromium against the mock API (scripts/mock-server). A first sync is
\`saveAccount\` then \`refresh\` (which joins that sync and answers when it is committed), sent with
\`chrome.runtime.sendMessage\` from an extension page; the account is removed and the mock reset between runs.
A steady sync is \`refresh\` on the synced 10 000-exchange account, after adding 0 or 5 exchanges through the mock's
control API. Requests are counted from the mock's \`GET /__mock/requests\` log. Baseline: the same API pages
fetched one after another by a bare loop in an extension page (\`fetch\` + \`json()\`, nothing stored).

${sync(r)}

## 4. CSV and Excel export

Building: the exchanges' file as one thread of the popup writes it (\`exchangeColumnsWriter()\` of
entrypoints/popup/export/csv-columns.ts) in Node, from rows shaped as the extension stores them (dated, in blocks
of 1 000 by column), after two warm-up runs, alternating with the baseline on the same values; beside it the .xlsx of the same
rows (\`buildXlsx()\` of entrypoints/popup/export/xlsx.ts with the export's columns, fflate deflate included).

${csv(r)}

## 5. Service worker wake

Each run adds one exchange through the mock's control API, then (asleep) stops the worker with CDP
\`ServiceWorker.stopAllWorkers\` or (awake) makes sure it runs, re-creates the sync alarm by name with its current
period and \`when: now + 500 ms\` from an extension page, and polls \`chrome.action.getBadgeText\` there; the figure
is from the alarm's \`scheduledTime\` to the badge change (the new exchange counted).

${wake(r)}

## 6. A history of 100 000 stored

The account alone in the profile, connected to a mock with 100 000 exchanges and its whole history walked in (as an
export does), then left 15 s to settle (the database compacts its files after 100 000 inserts) and synced twice
untimed. Then the measures above, the same way: the steady sync with 5 new (in section 3), the popup's time to
balance, the worker's wake with one arrival, a click on "Exchanges CSV" downloading every row, and the worker's heap
sampled through CDP (a browser-level session attached to the service worker's target) while \`refresh\` syncs 5 new.

${large(r)}

## Changes

${history}
`;
}
