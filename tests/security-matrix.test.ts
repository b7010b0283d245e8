/** SECURITY.md's fault matrix keeps one row per mock fault mode, with a mode the mock accepts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFault } from '../scripts/mock-server/fault-params';
import { FAULT_MODES } from '../scripts/mock-server/faults';

const doc = readFileSync(new URL('../SECURITY.md', import.meta.url), 'utf8');
const matrix = doc.slice(doc.indexOf('## Fault matrix'));
const rows = matrix.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| fault ') && !line.startsWith('| ---'));

describe('SECURITY.md fault matrix', () => {
  it('has six columns in every row', () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row.split(' | ').length, row).toBe(6);
  });

  it('names a valid mock fault in each row, and every mode has its row', () => {
    const modes = rows.map((row) => {
      const json = /`(\{"mode":[^`]*\})`/.exec(row)?.[1];
      expect(json, row).toBeDefined();
      const parsed = parseFault(JSON.parse(json!.replace(/<port>/g, '9')));
      expect(parsed.ok, row).toBe(true);
      return parsed.ok ? parsed.value.mode : null;
    });
    expect(new Set(modes)).toEqual(new Set(FAULT_MODES));
  });
});
