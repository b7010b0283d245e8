/**
 * For tests: opens a CSV or .xlsx file the way a user's spreadsheet does, with LibreOffice
 * headless, and returns the cells of the first sheet with the types LibreOffice gave them.
 *
 *   const cells = await readSpreadsheet('export.csv', { separator: ';', language: 'ru-RU' });
 *   cells[1][0] // { type: 'date', value: '2026-11-24T06:42:00', text: '2026-11-24 06:42:00' }
 *
 * A CSV is imported with the filter options "CSV:<sep>,34,76,1,,<lang>" (separator, `"` quotes,
 * UTF-8, from line 1, standard column types, the locale id; tokens 7 and 8 only when asked) and
 * converted to .ods; an .xlsx is converted without a filter. The cells come from the .ods's content.xml (see ods-cells.ts).
 * Each call gets its own LibreOffice profile directory, so parallel test files never share one.
 * `sofficePath()` is null when LibreOffice is missing, for a test to say it is skipped.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { odsCells, type SheetCell } from './ods-cells';

export type { SheetCell, SheetCellType } from './ods-cells';

/** LibreOffice's numeric locale ids for the CSV filter. */
export const LOCALE_IDS = { 'en-US': 1033, 'ru-RU': 1049, 'de-DE': 1031 } as const;

export interface CsvImport {
  separator: ',' | ';' | '\t';
  language: keyof typeof LOCALE_IDS;
  /** Filter token 7: quoted fields are always text. Left out (LibreOffice: false) unless given. */
  quotedAsText?: boolean;
  /** Filter token 8: detect dates, times and scientific notation. Left out unless given: then
   *  LibreOffice 7.4 detects them (true), unlike an explicit `false`, which leaves only ISO
   *  "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM:SS" as dates. */
  detectSpecialNumbers?: boolean;
}

export const SOFFICE_MISSING =
  'LibreOffice (soffice) is not installed: spreadsheet checks are skipped. ' +
  'Install it with `apt-get install -y libreoffice-calc-nogui` or set SOFFICE_PATH; ' +
  'REQUIRE_SOFFICE=1 (CI) turns this skip into a failure.';

/** The soffice executable: $SOFFICE_PATH when set (only it), else the first `soffice` or
 *  `libreoffice` on PATH; null when none is executable. */
export function sofficePath(): string | null {
  const candidates = process.env.SOFFICE_PATH
    ? [process.env.SOFFICE_PATH]
    : (process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => [join(dir, 'soffice'), join(dir, 'libreoffice')]);
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // try the next one
    }
  }
  return null;
}

/** The --infilter value for a CSV import. */
export function csvFilter(opts: CsvImport): string {
  const tokens = [String(opts.separator.charCodeAt(0)), '34', '76', '1', '', String(LOCALE_IDS[opts.language])];
  if (opts.quotedAsText !== undefined || opts.detectSpecialNumbers !== undefined) {
    tokens.push(String(opts.quotedAsText ?? false));
    if (opts.detectSpecialNumbers !== undefined) tokens.push(String(opts.detectSpecialNumbers));
  }
  return `CSV:${tokens.join(',')}`;
}

function run(file: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${basename(file)} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Converts a .csv (with `csv` options) or .xlsx file to .ods and returns the .ods bytes. */
export async function convertToOds(path: string, csv?: CsvImport, timeoutMs = 120_000): Promise<Uint8Array> {
  const soffice = sofficePath();
  if (!soffice) throw new Error(SOFFICE_MISSING);
  const isCsv = extname(path).toLowerCase() === '.csv';
  if (isCsv && !csv) throw new Error('a CSV needs its separator and language');
  const work = await mkdtemp(join(tmpdir(), 'iex-soffice-'));
  try {
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless', '--norestore', '--nolockcheck',
      ...(isCsv && csv ? [`--infilter=${csvFilter(csv)}`] : []),
      '--convert-to', 'ods', '--outdir', join(work, 'out'), path,
    ];
    const { stdout, stderr } = await run(soffice, args, timeoutMs);
    const out = join(work, 'out', `${basename(path, extname(path))}.ods`);
    try {
      return new Uint8Array(await readFile(out));
    } catch {
      throw new Error(`soffice wrote no ${basename(out)}:\n${stdout}\n${stderr}`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The content.xml of an .ods file. */
export function odsContentXml(ods: Uint8Array): string {
  const files = unzipSync(ods, { filter: (f) => f.name === 'content.xml' });
  const xml = files['content.xml'];
  if (!xml) throw new Error('no content.xml in the .ods file');
  return new TextDecoder().decode(xml);
}

/** The cells of the first sheet of a .csv or .xlsx file as LibreOffice reads it. */
export async function readSpreadsheet(path: string, csv?: CsvImport): Promise<SheetCell[][]> {
  return odsCells(odsContentXml(await convertToOds(path, csv)));
}
