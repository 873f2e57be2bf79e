import type { TableFile } from '@kl/api/core';
import type { NationalTableFilters, NationalTableName, PublishedRoundDetail, PublishedTables } from '@kl/shared/contracts';
import {
  exportFileName,
  publicationDefinitions,
  publishedExports,
  publishedFilterText,
  publishedNames,
  publishedPxTable,
  PUBLISHED_TABLE_TITLES,
  tableToCsv,
  writePx,
  xlsxSheet,
} from '@kl/shared/util';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file name's parts: the round, the filter in words, the table. */
function nameParts(detail: PublishedRoundDetail, filters: NationalTableFilters, table?: NationalTableName): string[] {
  const filter = Object.keys(filters).length === 0 ? [] : [publishedFilterText(filters, detail)];
  return ['nationell-statistik', detail.code, ...filter, ...(table ? [PUBLISHED_TABLE_TITLES[table]] : [])];
}

/** Every table of one filter, one sheet each in the order of the page, then the definitions and the policy. */
export async function publishedWorkbook(detail: PublishedRoundDetail, tables: PublishedTables, filters: NationalTableFilters): Promise<TableFile> {
  const exports = Object.values(publishedExports(tables, publishedNames(detail)));
  const sheets = [...exports, publicationDefinitions(detail, filters)].map((table) => {
    const { data, options } = xlsxSheet(table);
    return { data, ...options };
  });
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const body = await writeXlsxFile(sheets).toBuffer();
  return { fileName: exportFileName('xlsx', ...nameParts(detail, filters)), contentType: XLSX_TYPE, body };
}

/** One table of one filter as Swedish CSV (`;`, decimal comma, UTF-8 with BOM) like every export of the app. */
export function publishedCsv(detail: PublishedRoundDetail, tables: PublishedTables, table: NationalTableName, filters: NationalTableFilters): TableFile {
  const csv = tableToCsv(publishedExports(tables, publishedNames(detail))[table]);
  return {
    fileName: exportFileName('csv', ...nameParts(detail, filters, table)),
    contentType: 'text/csv; charset=utf-8',
    body: Buffer.from(csv, 'utf8'),
  };
}

/** One table of one filter as a PX file in ISO-8859-1, as its CODEPAGE says. */
export function publishedPx(detail: PublishedRoundDetail, tables: PublishedTables, table: NationalTableName, filters: NationalTableFilters): TableFile {
  const text = writePx(publishedPxTable(table, tables, detail, filters, publishedNames(detail)));
  return {
    fileName: exportFileName('px', ...nameParts(detail, filters, table)),
    contentType: 'text/x-pcaxis; charset=iso-8859-1',
    body: Buffer.from(text, 'latin1'),
  };
}
