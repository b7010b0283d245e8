/**
 * Reads the cells of the first sheet from an OpenDocument spreadsheet's content.xml.
 *
 * A small tokenizer rather than a general XML parser: content.xml written by LibreOffice is
 * well-formed, has no DTD and no CDATA in table cells, and only these elements matter:
 * table:table (the first one), table:table-row (table:number-rows-repeated),
 * table:table-cell / table:covered-table-cell (table:number-columns-repeated, office:value-type,
 * office:value, office:date-value, office:time-value, office:boolean-value, office:string-value,
 * table:formula) and the text inside a cell's text:p paragraphs (text:s, text:tab,
 * text:line-break; annotations skipped). Trailing empty cells and rows are dropped, and a repeat
 * of empty cells is capped, so a sheet's 1 048 576 blank rows never come back as data.
 */

export type SheetCellType = 'float' | 'percentage' | 'currency' | 'date' | 'time' | 'boolean' | 'string' | 'empty';

export interface SheetCell {
  type: SheetCellType;
  /** float/percentage/currency: a number; date: office:date-value ("2026-11-24T06:42:00");
   *  time: office:time-value ("PT06H42M00S"); boolean: true/false; string: the text; empty: null. */
  value: number | string | boolean | null;
  /** The text LibreOffice displays. */
  text: string;
  formula?: string;
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const MAX_REPEAT = 1024;

export function decodeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g, (_, hex, dec, name) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name] ?? '';
  });
}

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) map.set(m[1] ?? '', decodeXml(m[2] ?? m[3] ?? ''));
  return map;
}

function repeat(attrs: Map<string, string>, name: string): number {
  const n = Number(attrs.get(name) ?? '1');
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function makeCell(attrs: Map<string, string>, text: string): SheetCell {
  const type = (attrs.get('office:value-type') ?? 'empty') as SheetCellType;
  const formula = attrs.get('table:formula');
  let value: SheetCell['value'];
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency':
      value = Number(attrs.get('office:value'));
      break;
    case 'date':
      value = attrs.get('office:date-value') ?? null;
      break;
    case 'time':
      value = attrs.get('office:time-value') ?? null;
      break;
    case 'boolean':
      value = attrs.get('office:boolean-value') === 'true';
      break;
    case 'string':
      value = attrs.get('office:string-value') ?? text;
      break;
    default:
      value = null;
  }
  return formula === undefined ? { type, value, text } : { type, value, text, formula };
}

const isEmpty = (c: SheetCell) => c.type === 'empty' && c.text === '' && c.formula === undefined;

function trimRow(row: SheetCell[]): SheetCell[] {
  let end = row.length;
  while (end > 0 && isEmpty(row[end - 1] as SheetCell)) end--;
  return row.slice(0, end);
}

/** The cells of the first table in content.xml, row by row. */
export function odsCells(contentXml: string): SheetCell[][] {
  const rows: SheetCell[][] = [];
  let tableDepth = 0;
  let done = false;
  let row: SheetCell[] | null = null;
  let rowRepeat = 1;
  let cell: { attrs: Map<string, string>; repeat: number; paragraphs: string[] } | null = null;
  let annotation = 0;
  let inParagraph = false;

  const closeCell = () => {
    if (!row || !cell) return;
    const made = makeCell(cell.attrs, cell.paragraphs.join('\n'));
    const n = isEmpty(made) ? Math.min(cell.repeat, MAX_REPEAT) : cell.repeat;
    for (let i = 0; i < n; i++) row.push(made);
    cell = null;
  };

  for (const m of contentXml.matchAll(TOKEN)) {
    if (done) break;
    const [, slash, name, attrText, selfClose, chars] = m;
    if (chars !== undefined) {
      if (cell && inParagraph && annotation === 0 && cell.paragraphs.length > 0) {
        cell.paragraphs[cell.paragraphs.length - 1] += decodeXml(chars);
      }
      continue;
    }
    if (name === undefined) continue; // comment or processing instruction
    const closing = slash === '/';
    const empty = selfClose === '/';
    if (name === 'table:table') {
      if (closing) {
        tableDepth--;
        if (tableDepth === 0) done = true;
      } else if (!empty) tableDepth++;
      continue;
    }
    if (tableDepth !== 1) continue;
    const attrs = closing ? new Map<string, string>() : attributes(attrText ?? '');
    if (name === 'table:table-row') {
      if (!closing) {
        row = [];
        rowRepeat = repeat(attrs, 'table:number-rows-repeated');
      }
      if (closing || empty) {
        const cells = trimRow(row ?? []);
        const n = cells.length === 0 ? Math.min(rowRepeat, MAX_REPEAT) : rowRepeat;
        for (let i = 0; i < n; i++) rows.push(cells);
        row = null;
      }
    } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
      if (!closing) cell = { attrs, repeat: repeat(attrs, 'table:number-columns-repeated'), paragraphs: [] };
      if (closing || empty) closeCell();
    } else if (name === 'office:annotation') {
      if (!closing && !empty) annotation++;
      else if (closing) annotation--;
    } else if (cell && annotation === 0) {
      const paragraphs = cell.paragraphs;
      if (name === 'text:p') {
        if (!closing) paragraphs.push('');
        inParagraph = !closing && !empty;
      } else if (inParagraph && !closing) {
        const extra = name === 'text:s' ? ' '.repeat(repeat(attrs, 'text:c')) : name === 'text:tab' ? '\t' : name === 'text:line-break' ? '\n' : '';
        paragraphs[paragraphs.length - 1] += extra;
      }
    }
  }
  while (rows.length > 0 && (rows[rows.length - 1] as SheetCell[]).length === 0) rows.pop();
  return rows;
}
