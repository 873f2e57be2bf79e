import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';

/** An XLSX file of these rows (the first is the header). */
export async function xlsxFile(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('personal');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A CSV file as Excel sv-SE writes it: `;`, CRLF, Windows-1252 unless told. */
export function csvFile(rows: (string | number | null)[][], encoding: 'windows-1252' | 'utf-8' = 'windows-1252', delimiter = ';'): Buffer {
  const quote = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return iconv.encode(rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n', encoding);
}

export const STAFF_HEADER = [
  'anstallningsnummer', 'fornamn', 'efternamn', 'epost', 'enhet', 'roll', 'kon', 'sysselsattningsgrad',
  'anstallningsform', 'anstalld_fran', 'anstalld_till', 'yrkeserfarenhet_fran', 'examen', 'examensar',
  'fortbildning', 'vidareutbildning', 'magister', 'behorighet', 'dispens_till', 'forsta_chefsjobbet', 'behov_kompetensutveckling',
];

/** A valid staff row in the given unit; `changes` by column name. */
export function staffRow(number: string, unit: string, changes: Record<string, string | number | null> = {}): (string | number | null)[] {
  const row: Record<string, string | number | null> = {
    anstallningsnummer: number, fornamn: 'Åsa', efternamn: 'Öberg', epost: null, enhet: unit, roll: 'handläggare',
    kon: 'kvinna', sysselsattningsgrad: '87,5', anstallningsform: 'tillsvidare', anstalld_fran: '2020-01-15',
    anstalld_till: null, yrkeserfarenhet_fran: '2018-06-01', examen: 'socionomexamen', examensar: 2018,
    fortbildning: 'ja', vidareutbildning: 'nej', magister: null, behorighet: 'behörig', dispens_till: null,
    forsta_chefsjobbet: null, behov_kompetensutveckling: null, ...changes,
  };
  return STAFF_HEADER.map((column) => row[column]);
}
