/**
 * Which Chromium to drive (scripts/chromium.ts launches it): CHROMIUM_PATH or the first known install,
 * whether it needs the extension loaded through CDP, and whether there is a desktop to show it on.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_MISSING =
  'Chromium not found. Install it: sudo apt-get install -y chromium, or set CHROMIUM_PATH=/path/to/chrome';

const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium',
  '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** CHROMIUM_PATH if set (and it exists), else the first known install; null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const known = CANDIDATES.find((candidate) => existsSync(candidate));
  if (known) return known;
  const which = process.platform === 'win32' ? 'where' : 'which';
  for (const name of PATH_NAMES) {
    const found = spawnSync(which, [name], { encoding: 'utf8' });
    const first = found.status === 0 ? found.stdout.split(/\r?\n/)[0]?.trim() : '';
    if (first) return first;
  }
  return null;
}

/** True for branded Google Chrome 137+, which ignores --load-extension: load through CDP instead. */
export function needsCdpLoading(executablePath: string): boolean {
  let version = '';
  try {
    version = execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    version = /google.?chrome/i.test(executablePath) && !/testing/i.test(executablePath) ? 'Google Chrome 999' : '';
  }
  const branded = /^Google Chrome (\d+)/m.exec(version);
  return branded !== null && Number(branded[1]) >= 137;
}

/** A desktop to show a headed browser on. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.platform === 'darwin' || process.platform === 'win32' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
