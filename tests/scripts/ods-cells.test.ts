import { describe, expect, it } from 'vitest';
import { decodeXml, odsCells } from '../../scripts/ods-cells';
import { csvFilter } from '../../scripts/spreadsheet';

const doc = (tables: string) => `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">
<!-- a comment <table:table-cell office:value-type="float" office:value="9"/> -->
<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;

describe('odsCells', () => {
  it('reads types, values, text and formulas, expanding repeats', () => {
    const xml = doc(`<table:table table:name="Sheet1">
      <table:table-column table:number-columns-repeated="3"/>
      <table:table-row>
        <table:table-cell office:value-type="date" office:date-value="2026-11-24T06:42:00"><text:p>24.11.2026 06:42</text:p></table:table-cell>
        <table:table-cell office:value-type="float" office:value="1190.36" table:number-columns-repeated="2"><text:p>1 190,36</text:p></table:table-cell>
        <table:table-cell/>
        <table:table-cell office:value-type="string" table:formula="of:=&quot;000123&quot;"><text:p>000123</text:p></table:table-cell>
      </table:table-row>
      <table:table-row table:number-rows-repeated="2">
        <table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:tab/>c</text:p><text:p>Сбер &amp; <text:span>RUB</text:span></text:p>
          <office:annotation><text:p>a note</text:p></office:annotation></table:table-cell>
        <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
        <table:covered-table-cell/>
        <table:table-cell office:value-type="time" office:time-value="PT06H42M00S"><text:p>06:42</text:p></table:table-cell>
        <table:table-cell table:number-columns-repeated="1020"/>
      </table:table-row>
      <table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
    </table:table>
    <table:table table:name="Sheet2"><table:table-row><table:table-cell office:value-type="float" office:value="7"/></table:table-row></table:table>`);
    const rows = odsCells(xml);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      { type: 'date', value: '2026-11-24T06:42:00', text: '24.11.2026 06:42' },
      { type: 'float', value: 1190.36, text: '1 190,36' },
      { type: 'float', value: 1190.36, text: '1 190,36' },
      { type: 'empty', value: null, text: '' },
      { type: 'string', value: '000123', text: '000123', formula: 'of:="000123"' },
    ]);
    const second = [
      { type: 'string', value: 'a   b\tc\nСбер & RUB', text: 'a   b\tc\nСбер & RUB' },
      { type: 'boolean', value: true, text: 'TRUE' },
      { type: 'empty', value: null, text: '' },
      { type: 'time', value: 'PT06H42M00S', text: '06:42' },
    ];
    expect(rows[1]).toEqual(second);
    expect(rows[2]).toEqual(second);
  });

  it('keeps empty rows between data rows and caps huge blank repeats', () => {
    const rows = odsCells(doc(`<table:table>
      <table:table-row><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>
      <table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
      <table:table-row><table:table-cell table:number-columns-repeated="99999"/><table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell></table:table-row>
    </table:table>`));
    expect(rows.map((r) => r.length)).toEqual([1, 0, 0, 1025]);
    expect(rows[3]?.[1024]).toEqual({ type: 'float', value: 2, text: '2' });
  });

  it('returns no rows for a document without a table', () => {
    expect(odsCells(doc(''))).toEqual([]);
  });

  it('decodes entities', () => {
    expect(decodeXml('&lt;&gt;&amp;&quot;&apos;&#1057;&#x1F600;')).toBe('<>&"\'С😀');
  });
});

describe('csvFilter', () => {
  it('writes the LibreOffice CSV filter tokens', () => {
    expect(csvFilter({ separator: ';', language: 'ru-RU' })).toBe('CSV:59,34,76,1,,1049');
    expect(csvFilter({ separator: ',', language: 'en-US' })).toBe('CSV:44,34,76,1,,1033');
    expect(csvFilter({ separator: ',', language: 'en-US', quotedAsText: true })).toBe('CSV:44,34,76,1,,1033,true');
    expect(csvFilter({ separator: '\t', language: 'ru-RU', detectSpecialNumbers: false })).toBe('CSV:9,34,76,1,,1049,false,false');
  });
});
