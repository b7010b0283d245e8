/**
 * `npm run test:e2e`: find Chromium (or say how to get it), build the e2e extension
 * (`wxt build --mode e2e` → .output/chrome-mv3-e2e, beside the production build), run e2e/ with vitest.
 * Extra arguments go to vitest, e.g. `npm run test:e2e -- e2e/csv.e2e.ts`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildE2eExtension, CHROMIUM_MISSING, findChromium, ROOT } from './chromium';

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(`\n${CHROMIUM_MISSING}\n`);
  process.exit(1);
}

console.log(`e2e: Chromium at ${chromiumPath}`);
console.log('e2e: building the e2e extension (wxt build --mode e2e)…');
const started = Date.now();
try {
  const dir = buildE2eExtension();
  console.log(`e2e: built ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'e2e/vitest.config.ts', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromiumPath },
});
process.exit(run.status ?? 1);
