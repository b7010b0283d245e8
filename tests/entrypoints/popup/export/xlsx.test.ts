import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildXlsx,
  columnLetters,
  excelSerial,
  sheetName,
  xmlText,
  type XlsxSheet,
} from '../../../../entrypoints/popup/export/xlsx';

function parts(file: Uint8Array): Record<string, string> {
  const files = unzipSync(file);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const sample: XlsxSheet = {
  name: 'Обмены',
  columns: [
    { header: 'Дата', type: 'date' },
    { header: 'Сумма', type: 'number', width: 14 },
    { header: 'Заказ', type: 'text' },
  ],
  rows: [
    [new Date(2026, 10, 24, 6, 42), 95.18, '000123'],
    [Date.UTC(2024, 4, 11, 6, 42), '1190.36', 1713350854300],
    [null, -0.5, '=HYPERLINK("http://x","y") & <b>'],
  ],
};

describe('buildXlsx', () => {
  const files = parts(buildXlsx(sample));
  const sheet = files['xl/worksheets/sheet1.xml'] ?? '';

  it('has the parts of a workbook', () => {
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(files['xl/workbook.xml']).toContain('<sheet name="Обмены" sheetId="1" r:id="rId1"/>');
    expect(files['xl/styles.xml']).toContain('formatCode="yyyy\\-mm\\-dd\\ hh:mm"');
  });

  it('writes a bold header row and the column widths', () => {
    expect(sheet).toContain('<row r="1"><c r="A1" s="2" t="inlineStr"><is><t>Дата</t></is></c>');
    expect(sheet).toContain('<col min="2" max="2" width="14" customWidth="1"/>');
    expect(sheet).toContain('state="frozen"');
  });

  it('writes dates as date-styled serial numbers in local wall-clock time', () => {
    const serial = (46350 + (6 * 60 + 42) / 1440).toString(); // 2026-11-24 06:42
    expect(sheet).toContain(`<c r="A2" s="1"><v>${serial}</v></c>`);
    expect(sheet).toMatch(/<c r="A3" s="1"><v>45\d{3}\.\d+<\/v><\/c>/);
  });

  it('writes amounts as numbers, also from the API\'s decimal strings', () => {
    expect(sheet).toContain('<c r="B2"><v>95.18</v></c>');
    expect(sheet).toContain('<c r="B3"><v>1190.36</v></c>');
    expect(sheet).toContain('<c r="B4"><v>-0.5</v></c>');
  });

  it('writes ids as inline strings, keeping every digit', () => {
    expect(sheet).toContain('<c r="C2" s="3" t="inlineStr"><is><t>000123</t></is></c>');
    expect(sheet).toContain('<c r="C3" s="3" t="inlineStr"><is><t>1713350854300</t></is></c>');
  });

  it('never writes a formula, and escapes text', () => {
    expect(sheet).not.toContain('<f');
    expect(sheet).toContain('<t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;) &amp; &lt;b&gt;</t>');
  });

  it('leaves null and invalid values empty', () => {
    const empty = parts(buildXlsx({
      name: 'x',
      columns: [{ header: 'a', type: 'date' }, { header: 'b', type: 'number' }, { header: 'c', type: 'text' }],
      rows: [[new Date(Number.NaN), Number.POSITIVE_INFINITY, null], []],
    }))['xl/worksheets/sheet1.xml'];
    expect(empty).toContain('<row r="2"></row><row r="3"></row></sheetData>');
  });

  it('writes a value that does not fit its column as text', () => {
    const odd = parts(buildXlsx({
      name: 'x',
      columns: [{ header: 'a', type: 'date' }, { header: 'b', type: 'number' }],
      rows: [['вчера', '1 190,36']],
    }))['xl/worksheets/sheet1.xml'];
    expect(odd).toContain('<c r="A2" s="3" t="inlineStr"><is><t>вчера</t></is></c>');
    expect(odd).toContain('<c r="B2" s="3" t="inlineStr"><is><t>1 190,36</t></is></c>');
  });

  it('builds 100 000 rows in linear time', () => {
    const rows = function* (n: number) {
      for (let i = 0; i < n; i++) yield [new Date(1_700_000_000_000 + i * 60_000), i / 100, `ord-${i}`, 'referral'];
    };
    const columns = [
      { header: 'date', type: 'date' }, { header: 'amount', type: 'number' }, { header: 'id', type: 'text' },
      { header: 'status', type: 'text' },
    ] as const;
    const time = (n: number) => {
      const start = performance.now();
      const file = buildXlsx({ name: 's', columns: [...columns], rows: rows(n) });
      return { ms: performance.now() - start, file };
    };
    time(10_000); // warm up
    const small = time(10_000);
    const big = time(100_000);
    const last = parts(big.file)['xl/worksheets/sheet1.xml'] ?? '';
    expect(last).toContain('<row r="100001">');
    expect(last.endsWith('</sheetData></worksheet>')).toBe(true);
    expect(big.ms).toBeLessThan(Math.max(small.ms * 25, 500)); // 10x the rows, far from 100x the time
    expect(big.ms).toBeLessThan(15_000);
  });
});

describe('xlsx helpers', () => {
  it('xmlText escapes, drops what XML cannot carry and keeps OOXML escapes literal', () => {
    expect(xmlText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(xmlText('x\u0000\u0007\u001f\ty\n\uFFFE\uFFFF')).toBe('x\ty\n');
    expect(xmlText('\uD83D\uDE00 ok \uD83D lone \uDE00')).toBe('\uD83D\uDE00 ok  lone ');
    expect(xmlText('_x0041_')).toBe('_x005F_x0041_');
    expect(xmlText('a'.repeat(40_000))).toHaveLength(32_767);
  });

  it('sheetName follows Excel\'s rules', () => {
    expect(sheetName('Exchanges 2026/11: [all]*?')).toBe('Exchanges 2026_11_ _all___');
    expect(sheetName("'quoted'")).toBe('quoted');
    expect(sheetName('')).toBe('Sheet1');
    expect(sheetName('History')).toBe('Sheet1');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('columnLetters counts like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual([
      'A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA',
    ]);
  });

  it('excelSerial counts days from 1899-12-30 in local time', () => {
    expect(excelSerial(new Date(1900, 2, 1))).toBe(61);
    expect(excelSerial(new Date(2026, 10, 24))).toBe(46350);
    expect(excelSerial(new Date(2026, 10, 24, 18))).toBe(46350.75);
  });
});
