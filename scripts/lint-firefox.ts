/**
 * `npm run lint:firefox`: what addons.mozilla.org's validator says about the packages, offline.
 * Zips the shipped Firefox build (`wxt zip -b firefox`, MV2) and builds the MV3 one, runs
 * addons-linter on both, and fails on any error and on any warning or notice that is not in the
 * allow-list below (each entry says why it is accepted). Exit code 0 only when both are clean.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './chromium';

interface LinterMessage { code: string; message: string; file?: string; line?: number }
interface LinterResult { errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] }

/** Warnings accepted, and why. Keep it short: a new kind of warning should fail the check. */
const ALLOWED: { code: string; file: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/(popup|options)-[\w-]+\.js$/,
    why: "Preact's own renderer has a `dangerouslySetInnerHTML` branch (bundled in each page's chunk); " +
      'the project never uses it, which checkNoInnerHtml() below verifies on every run.',
  },
];

/** The allow-list above is only honest while our own code never writes HTML. */
function checkNoInnerHtml(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(name) && /innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML/.test(readFileSync(full, 'utf8'))) {
        found.push(path.relative(ROOT, full));
      }
    }
  };
  for (const dir of ['entrypoints', 'components', 'utils']) walk(path.join(ROOT, dir));
  return found;
}

function wxt(...args: string[]): string {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wxt ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

async function lint(target: string): Promise<LinterResult> {
  // addons-linter is CommonJS without types; its API is what its CLI runs.
  const specifier = 'addons-linter';
  const { default: linter } = (await import(specifier)) as { default: { createInstance(o: object): { run(): Promise<LinterResult> } } };
  const instance = linter.createInstance({
    config: { _: [target], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
    runAsBinary: false,
  });
  return instance.run();
}

const outDir = path.resolve(ROOT, process.env.WXT_OUT_DIR || '.output');
const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
const targets: { name: string; path: string }[] = [];

console.log('lint firefox: wxt zip -b firefox (the shipped MV2 package)…');
wxt('zip', '-b', 'firefox');
targets.push({ name: 'MV2 zip', path: path.join(outDir, `iex-partner-${version}-firefox.zip`) });
console.log('lint firefox: wxt build -b firefox --mv3…');
wxt('build', '-b', 'firefox', '--mv3');
targets.push({ name: 'MV3 build', path: path.join(outDir, 'firefox-mv3') });

let failed = false;
const ownHtml = checkNoInnerHtml();
if (ownHtml.length > 0) {
  failed = true;
  console.error(`✗ HTML written by our own code (the innerHTML allow-list no longer holds): ${ownHtml.join(', ')}`);
}

for (const target of targets) {
  const result = await lint(target.path);
  const allowedBy = (m: LinterMessage) => ALLOWED.find((a) => a.code === m.code && a.file.test(m.file ?? ''));
  const unexpected = [...result.warnings, ...result.notices].filter((m) => !allowedBy(m));
  const accepted = result.warnings.length + result.notices.length - unexpected.length;
  const where = (m: LinterMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;
  console.log(`${target.name} (${path.relative(ROOT, target.path)}): ${result.errors.length} errors, ` +
    `${unexpected.length} new warnings/notices, ${accepted} allow-listed`);
  for (const m of result.errors) console.error(`  ✗ error ${where(m)}`);
  for (const m of unexpected) console.error(`  ✗ not allow-listed ${where(m)}`);
  if (result.errors.length > 0 || unexpected.length > 0) failed = true;
}
if (failed) {
  console.error('lint firefox: FAILED (fix it, or add a warning to ALLOWED in scripts/lint-firefox.ts with the reason)');
  process.exit(1);
}
console.log('lint firefox: ok');
