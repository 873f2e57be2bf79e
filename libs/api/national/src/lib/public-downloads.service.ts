import { Injectable } from '@nestjs/common';
import { NotFoundError, type PublicTransaction, ScopedData, type TableFile, ValidationFailedError } from '@kl/api/core';
import type {
  NationalTableFilters,
  NationalTableName,
  PublicTableFileFormat,
  PublishedRoundDetail,
  PublishedTables,
} from '@kl/shared/contracts';
import { publicFilter, type PublicFilter } from './public-filter';
import { publishedCsv, publishedPx, publishedWorkbook } from './public-files';
import { publishedFilterTables, publishedRoundDetail } from './public-publication.queries';

/**
 * The public page's round and its downloads (XLSX per filter, CSV and PX per table), written from
 * the round's latest publication and kept in the process like the public tables (docs/national.md §6).
 */
@Injectable()
export class PublicDownloadsService {
  constructor(private readonly data: ScopedData) {}

  round(code: string): Promise<PublishedRoundDetail> {
    return this.data.publishedAggregates(`detail|${code}`, (tx) => loadDetail(tx, code));
  }

  async workbook(code: string, filters: NationalTableFilters): Promise<TableFile> {
    const filter = publicFilter(filters);
    return this.data.publishedAggregates(`xlsx|${code}|${filter.key}`, async (tx) => {
      const { detail, tables } = await loadFilter(tx, code, filter);
      return publishedWorkbook(detail, tables, filter.filters);
    });
  }

  async tableFile(code: string, table: NationalTableName, format: PublicTableFileFormat, filters: NationalTableFilters): Promise<TableFile> {
    const filter = publicFilter(filters);
    return this.data.publishedAggregates(`${format}|${code}|${table}|${filter.key}`, async (tx) => {
      const { detail, tables } = await loadFilter(tx, code, filter);
      return format === 'csv' ? publishedCsv(detail, tables, table, filter.filters) : publishedPx(detail, tables, table, filter.filters);
    });
  }
}

async function loadDetail(tx: PublicTransaction, code: string): Promise<PublishedRoundDetail> {
  const detail = await publishedRoundDetail(tx, code);
  if (!detail) throw new NotFoundError('Published national round');
  return detail;
}

/** The round and the tables of one filter; 400 `invalid_value` for a filter the publication has no tables for. */
async function loadFilter(tx: PublicTransaction, code: string, filter: PublicFilter): Promise<{ detail: PublishedRoundDetail; tables: PublishedTables }> {
  const detail = await loadDetail(tx, code);
  const tables = await publishedFilterTables(tx, code, filter.key);
  if (!tables) throw new ValidationFailedError({ [filter.name ?? 'filter']: 'invalid_value' });
  return { detail, tables };
}
