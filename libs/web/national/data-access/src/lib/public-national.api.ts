import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  NationalTableFilters,
  NationalTableName,
  PublicTableFileFormat,
  PublishedRound,
  PublishedRoundDetail,
  PublishedTable,
  PublishedTables,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/public/national/rounds';

/** The query of one filter (`?lan=01`), empty for the whole country. */
function filterQuery(filters: NationalTableFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The public national API (FORMATS.md §4, no sign-in): published rounds, their tables and downloads. */
@Injectable({ providedIn: 'root' })
export class PublicNationalApi {
  private readonly http = inject(HttpClient);

  rounds(): Promise<PublishedRound[]> {
    return firstValueFrom(this.http.get<PublishedRound[]>(BASE));
  }

  round(code: string): Promise<PublishedRoundDetail> {
    return firstValueFrom(this.http.get<PublishedRoundDetail>(`${BASE}/${encodeURIComponent(code)}`));
  }

  table<T extends PublishedTable>(code: string, table: NationalTableName, filters: NationalTableFilters): Promise<T> {
    return firstValueFrom(this.http.get<T>(`${BASE}/${encodeURIComponent(code)}/tables/${table}${filterQuery(filters)}`));
  }

  /** Every table of one filter (each answer also carries the round, filter and policy version). */
  async tables(code: string, filters: NationalTableFilters): Promise<PublishedTables> {
    type Of<N extends NationalTableName> = Extract<PublishedTable, { table: N }>;
    const [topics, areas, caseworkers, teamLeaders, indicators, training, staffing] = await Promise.all([
      this.table<Of<'topics'>>(code, 'topics', filters),
      this.table<Of<'areas'>>(code, 'areas', filters),
      this.table<Of<'caseworkers'>>(code, 'caseworkers', filters),
      this.table<Of<'team-leaders'>>(code, 'team-leaders', filters),
      this.table<Of<'indicators'>>(code, 'indicators', filters),
      this.table<Of<'training'>>(code, 'training', filters),
      this.table<Of<'staffing'>>(code, 'staffing', filters),
    ]);
    return { topics, areas, caseworkers, 'team-leaders': teamLeaders, indicators, training, staffing };
  }

  /** Where a table downloads as CSV or PX, served by the API from the publication. */
  tableFileUrl(code: string, table: NationalTableName, format: PublicTableFileFormat, filters: NationalTableFilters): string {
    return `${BASE}/${encodeURIComponent(code)}/tables/${table}.${format}${filterQuery(filters)}`;
  }

  workbookUrl(code: string, filters: NationalTableFilters): string {
    return `${BASE}/${encodeURIComponent(code)}/download.xlsx${filterQuery(filters)}`;
  }
}
