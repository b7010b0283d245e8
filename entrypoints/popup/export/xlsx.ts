/**
 * A minimal SpreadsheetML (.xlsx) writer: one sheet of typed cells, zipped with fflate.
 *
 * Cells, by the column's type:
 * - 'date': a Date or epoch ms → a number (Excel serial days, 1900 system) with the style
 *   "yyyy-mm-dd hh:mm", in the browser's local wall-clock time;
 * - 'number': a finite number, or a plain decimal string such as the API's "1190.36" → a number cell;
 * - 'text': anything → an inline string (so ids keep every digit and leading zero).
 * A value that does not fit its column (text in a date column) is written as text, null and
 * invalid values as an empty cell. No cell is ever a formula: there is no <f> element, and text
 * such as "=HYPERLINK(…)" stays text. Text is XML-escaped, stripped of characters XML 1.0 cannot
 * carry, guarded against OOXML's "_xHHHH_" escapes, and cut at Excel's 32 767 characters.
 *
 * The sheet XML is built in chunks of rows and fed to a streaming deflate, so 100 000 rows take
 * linear time and memory. The header row is bold and frozen.
 */
import { strToU8, Zip, ZipDeflate } from 'fflate';

export type XlsxColumnType = 'text' | 'number' | 'date';
export type XlsxValue = string | number | Date | null;

export interface XlsxColumn {
  header: string;
  type: XlsxColumnType;
  /** In characters; a default by type otherwise. */
  width?: number;
}

export interface XlsxSheet {
  name: string;
  columns: XlsxColumn[];
  rows: Iterable<readonly XlsxValue[]>;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ROWS_PER_CHUNK = 2000;
const MAX_TEXT = 32767;

/** Style indexes in styles.xml's cellXfs. */
const STYLE_DATE = 1;
const STYLE_HEADER = 2;
const STYLE_TEXT = 3;

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>`;

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">\
<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">\
<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">\
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** XML 1.0 text: escaped, without the characters it cannot carry, OOXML escapes kept literal. */
export function xmlText(value: string): string {
  const text = value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDBFF\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1');
}

/** Excel's sheet-name rules: 1–31 characters, none of []:*?/\, no apostrophe at either end. */
export function sheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\\u0000-\u001f]/g, '_').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return clean === '' || clean.toLowerCase() === 'history' ? 'Sheet1' : clean;
}

/** A–Z, AA… for a 0-based column index. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Days since 1899-12-30 of the local wall-clock time of an instant (Excel's 1900 date system). */
export function excelSerial(at: Date): number {
  const wall = Date.UTC(
    at.getFullYear(), at.getMonth(), at.getDate(),
    at.getHours(), at.getMinutes(), at.getSeconds(), at.getMilliseconds(),
  );
  return wall / 86_400_000 + 25569;
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function textCell(ref: string, value: string): string {
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${STYLE_TEXT}" t="inlineStr"><is><t${space}>${xmlText(value)}</t></is></c>`;
}

function cell(ref: string, type: XlsxColumnType, value: XlsxValue): string {
  if (value === null || value === undefined) return '';
  if (type === 'date' && (value instanceof Date || typeof value === 'number')) {
    const at = value instanceof Date ? value : new Date(value);
    return Number.isNaN(at.getTime()) ? '' : `<c r="${ref}" s="${STYLE_DATE}"><v>${excelSerial(at)}</v></c>`;
  }
  if (type === 'number') {
    const n = typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value.trim()) : value;
    if (typeof n === 'number') return Number.isFinite(n) ? `<c r="${ref}"><v>${n}</v></c>` : '';
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : textCell(ref, value.toISOString());
  return textCell(ref, typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value);
}

function defaultWidth(column: XlsxColumn): number {
  const byType = column.type === 'date' ? 17 : column.type === 'number' ? 12 : 14;
  return Math.min(60, Math.max(byType, column.header.length + 2));
}

function sheetHead(columns: XlsxColumn[]): string {
  const cols = columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? defaultWidth(c)}" customWidth="1"/>`)
    .join('');
  const header = columns
    .map((c, i) => `<c r="${columnLetters(i)}1" s="${STYLE_HEADER}" t="inlineStr"><is><t>${xmlText(c.header)}</t></is></c>`)
    .join('');
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">\
<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
${cols ? `<cols>${cols}</cols>` : ''}<sheetData><row r="1">${header}</row>`;
}

/** The .xlsx file of one sheet. */
export function buildXlsx(sheet: XlsxSheet): Uint8Array {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  const addFile = (path: string, text: string) => {
    const file = new ZipDeflate(path, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  addFile('[Content_Types].xml', CONTENT_TYPES);
  addFile('_rels/.rels', ROOT_RELS);
  addFile('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>\
<sheet name="${xmlText(sheetName(sheet.name))}" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  addFile('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  addFile('xl/styles.xml', STYLES);

  // Level 3: about half the deflate time of level 6 on 100 000 rows (0.43 s vs 0.87 s here), file ~5 % larger.
  const data = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 3 });
  zip.add(data);
  const letters = sheet.columns.map((_, i) => columnLetters(i));
  const types = sheet.columns.map((c) => c.type);
  let parts: string[] = [sheetHead(sheet.columns)];
  let r = 1;
  for (const row of sheet.rows) {
    r += 1;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < letters.length; i++) xml += cell(`${letters[i]}${r}`, types[i] ?? 'text', row[i] ?? null);
    parts.push(`${xml}</row>`);
    if (parts.length >= ROWS_PER_CHUNK) {
      data.push(strToU8(parts.join('')));
      parts = [];
    }
  }
  parts.push('</sheetData></worksheet>');
  data.push(strToU8(parts.join('')), true);
  zip.end();
  if (failure) throw failure;

  const size = out.reduce((sum, c) => sum + c.length, 0);
  const file = new Uint8Array(size);
  let offset = 0;
  for (const c of out) {
    file.set(c, offset);
    offset += c.length;
  }
  return file;
}
