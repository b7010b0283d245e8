/**
 * `npm run test:e2e:firefox`: find Firefox (or say how to get it), build the production Firefox
 * extensions, and run e2e/firefox/ against each: MV3 (`wxt build -b firefox --mv3`) and the MV2
 * build that is shipped (`wxt build -b firefox`). Production builds, not e2e ones: Firefox's
 * permission prompt can be answered, so the store package itself is what gets tested.
 * Extra arguments go to vitest, e.g. `npm run test:e2e:firefox -- e2e/firefox/csv.e2e.ts`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { FIREFOX_MISSING, findFirefox } from './firefox';
import { ROOT } from './chromium';

const firefoxPath = findFirefox();
if (!firefoxPath) {
  console.error(`\n${FIREFOX_MISSING}\n`);
  process.exit(1);
}
console.log(`e2e firefox: Firefox at ${firefoxPath}`);

const outDir = path.resolve(ROOT, process.env.WXT_OUT_DIR || '.output');
const BUILDS = [
  { name: 'MV3', args: ['-b', 'firefox', '--mv3'], dir: path.join(outDir, 'firefox-mv3') },
  { name: 'MV2 (shipped)', args: ['-b', 'firefox'], dir: path.join(outDir, 'firefox-mv2') },
];
const only = process.env.FIREFOX_BUILDS?.split(',');
const chosen = BUILDS.filter((b) => !only || only.some((o) => b.name.startsWith(o)));
if (chosen.length === 0) {
  console.error(`FIREFOX_BUILDS=${process.env.FIREFOX_BUILDS} names no build (MV3, MV2)`);
  process.exit(1);
}

for (const build of chosen) {
  console.log(`e2e firefox: building ${build.name} (wxt build ${build.args.join(' ')})…`);
  const built = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...build.args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) {
    console.error(`wxt build ${build.args.join(' ')} failed:\n${built.stdout}\n${built.stderr}`);
    process.exit(1);
  }
  console.log(`e2e firefox: ${build.name} suite against ${path.relative(ROOT, build.dir)}`);
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'e2e/firefox/vitest.config.ts', ...process.argv.slice(2)],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FIREFOX_PATH: firefoxPath, FIREFOX_EXTENSION: build.dir } },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
