import JSZip from 'jszip';
import { readXlsxRows } from './read-xlsx';
import type { RawRow } from './tabular-types';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** An archive written by hand, as other producers than exceljs write them (prefixes, inline strings, no cell references). */
async function archive(parts: { sheet: string; strings?: string; styles?: string; workbookPr?: string; prefix?: string }): Promise<Uint8Array> {
  const p = parts.prefix ?? '';
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('xl/worksheets/sheet7.xml', `<?xml version="1.0"?><${p}worksheet ${p ? `xmlns:${p.slice(0, -1)}` : 'xmlns'}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${parts.sheet}</${p}sheetData></${p}worksheet>`);
  zip.file('xl/worksheets/sheet1.xml', `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>lists</t></is></c></row></sheetData></worksheet>`);
  zip.file('xl/workbook.xml', `<workbook ${NS} ${REL_NS}>${parts.workbookPr ?? ''}<sheets><sheet name="data" sheetId="1" r:id="rId9"/><sheet name="Listor" sheetId="2" r:id="rId1"/></sheets></workbook>`);
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Target="/xl/worksheets/sheet7.xml"/></Relationships>',
  );
  if (parts.strings) zip.file('xl/sharedStrings.xml', `<sst ${NS}>${parts.strings}</sst>`);
  if (parts.styles) zip.file('xl/styles.xml', `<styleSheet ${NS}>${parts.styles}</styleSheet>`);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

async function rows(bytes: Uint8Array): Promise<RawRow[]> {
  const read: RawRow[] = [];
  for await (const row of readXlsxRows(bytes)) read.push(row);
  return read;
}

describe('readXlsxRows', () => {
  it('reads the first sheet of the workbook order, inline strings, cells without references and prefixed elements', async () => {
    const bytes = await archive({
      prefix: 'x:',
      sheet: '<x:row r="2"><x:c t="inlineStr"><x:is><x:r><x:t>Å</x:t></x:r><x:r><x:t xml:space="preserve">sa </x:t></x:r></x:is></x:c><x:c><x:v>12.5</x:v></x:c><x:c r="E2" t="b"><x:v>1</x:v></x:c></x:row><x:row><x:c t="str"><x:v>text</x:v></x:c></x:row>',
    });
    expect(await rows(bytes)).toEqual([
      { row: 2, cells: ['Åsa ', 12.5, undefined, undefined, true] },
      { row: 3, cells: ['text'] },
    ]);
  });

  it('joins rich shared strings and leaves out their phonetic runs; blank text is an empty cell', async () => {
    const bytes = await archive({
      strings: '<si><t>Barn och unga</t></si><si><r><t>Ö</t></r><r><t>stlund</t></r><rPh><t>オ</t></rPh></si><si><t> </t></si>',
      sheet: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
    });
    expect((await rows(bytes))[0].cells).toEqual(['Barn och unga', 'Östlund']);
  });

  it('reads a number by its style: a date in either date system, a percentage as shown, a custom format with quoted letters as a number', async () => {
    const styles =
      '<numFmts><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="0.0&quot; dagar&quot;"/></numFmts>' +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="165"/></cellXfs>';
    const sheet = '<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>45000.5</v></c><c r="C1" s="3"><v>0.375</v></c><c r="D1" s="4"><v>3</v></c><c r="E1"><v>45000</v></c></row>';
    expect((await rows(await archive({ styles, sheet })))[0].cells).toEqual([new Date('2023-03-15T00:00:00Z'), new Date('2023-03-15T12:00:00Z'), 37.5, 3, 45000]);
    const in1904 = await archive({ styles, sheet, workbookPr: '<workbookPr date1904="1"/>' });
    expect((await rows(in1904))[0].cells[0]).toEqual(new Date('2027-03-16T00:00:00Z'));
  });

  it('flags formulas and error values by column and reads nothing from them', async () => {
    const bytes = await archive({ sheet: '<row r="4"><c r="B4"><f>1+1</f><v>2</v></c><c r="C4" t="e"><v>#N/A</v></c><c r="D4" t="s"><v>99</v></c></row>' });
    expect(await rows(bytes)).toEqual([{ row: 4, cells: [], formulas: [1], errors: [2, 3] }]);
  });

  it('refuses an archive without a workbook, and broken XML, as unreadable', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', '<worksheet/>');
    await expect(rows(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })))).rejects.toMatchObject({ problem: { code: 'file_unreadable' } });
    await expect(rows(await archive({ sheet: '<row r="1"><c r="A1"><v>1</v></row>' }))).rejects.toMatchObject({ problem: { code: 'file_unreadable' } });
  });
});
