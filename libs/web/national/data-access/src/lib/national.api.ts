import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ComparisonRound,
  ComparisonTrend,
  CreateNationalRoundRequest,
  NationalPublication,
  NationalRound,
  NationalSubmission,
  NationalTable,
  NationalTableFilters,
  NationalTableName,
  NationalTrend,
  OwnNationalRound,
  OwnSubmissionPreview,
  OwnSubmissionRequest,
  PublicationPreview,
  RegionalOverview,
  RegionalTable,
  SubmissionFilePreview,
  SubmissionCompleteness,
  SubmissionFileResult,
  SubmissionStatus,
  TableComparison,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The national API (FORMATS.md §4) and the kommun administrator's own submissions. */
@Injectable({ providedIn: 'root' })
export class NationalApi {
  private readonly http = inject(HttpClient);

  rounds(): Promise<NationalRound[]> {
    return firstValueFrom(this.http.get<NationalRound[]>('/api/national/rounds'));
  }

  createRound(request: CreateNationalRoundRequest): Promise<NationalRound> {
    return firstValueFrom(this.http.post<NationalRound>('/api/national/rounds', request));
  }

  round(code: string): Promise<NationalRound> {
    return firstValueFrom(this.http.get<NationalRound>(`/api/national/rounds/${encodeURIComponent(code)}`));
  }

  status(code: string): Promise<SubmissionStatus> {
    return firstValueFrom(this.http.get<SubmissionStatus>(`/api/national/rounds/${encodeURIComponent(code)}/status`));
  }

  table<T extends NationalTable>(code: string, table: NationalTableName, filters: NationalTableFilters = {}): Promise<T> {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(filters)) if (value) params[key] = value;
    return firstValueFrom(this.http.get<T>(`/api/national/rounds/${encodeURIComponent(code)}/tables/${table}`, { params }));
  }

  trend(code: string, filters: NationalTableFilters = {}): Promise<NationalTrend> {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(filters)) if (value) params[key] = value;
    return firstValueFrom(this.http.get<NationalTrend>(`/api/national/rounds/${encodeURIComponent(code)}/trend`, { params }));
  }

  /** A §3 file; `dryRun` checks it and answers what would be written. */
  upload(code: string, file: File, dryRun: boolean): Promise<SubmissionFileResult | SubmissionFilePreview> {
    const body = new FormData();
    body.append('file', file, file.name);
    return firstValueFrom(
      this.http.post<SubmissionFileResult | SubmissionFilePreview>(
        `/api/national/rounds/${encodeURIComponent(code)}/submissions`,
        body,
        { params: dryRun ? { dryRun: 'true' } : {} },
      ),
    );
  }

  ownRounds(): Promise<OwnNationalRound[]> {
    return firstValueFrom(this.http.get<OwnNationalRound[]>('/api/national/own/rounds'));
  }

  ownSubmissions(): Promise<NationalSubmission[]> {
    return firstValueFrom(this.http.get<NationalSubmission[]>('/api/national/own/submissions'));
  }

  preview(code: string, request: OwnSubmissionRequest): Promise<OwnSubmissionPreview> {
    return firstValueFrom(
      this.http.post<OwnSubmissionPreview>(`/api/national/rounds/${encodeURIComponent(code)}/own-submission/preview`, request),
    );
  }

  /** Whom a closed round's population lacks something of for the national tables, named (a logged read). */
  completeness(inventoryRoundId: string): Promise<SubmissionCompleteness> {
    return firstValueFrom(
      this.http.get<SubmissionCompleteness>(`/api/national/own/inventory-rounds/${encodeURIComponent(inventoryRoundId)}/completeness`),
    );
  }

  submit(code: string, request: OwnSubmissionRequest): Promise<NationalSubmission> {
    return firstValueFrom(
      this.http.post<NationalSubmission>(`/api/national/rounds/${encodeURIComponent(code)}/own-submission`, request),
    );
  }

  /** Where a kept submission downloads as a §3 file. */
  submissionFileUrl(id: string): string {
    return `/api/national/own/submissions/${encodeURIComponent(id)}/file`;
  }

  /** What publishing the closed round now would leave out, and why, with every filter's tables. */
  publicationPreview(code: string): Promise<PublicationPreview> {
    return firstValueFrom(this.http.get<PublicationPreview>(`/api/national/rounds/${encodeURIComponent(code)}/publication-preview`));
  }

  publications(code: string): Promise<NationalPublication[]> {
    return firstValueFrom(this.http.get<NationalPublication[]>(`/api/national/rounds/${encodeURIComponent(code)}/publications`));
  }

  /** Publishes the round; a correction (any publication after the first) says in `note` what changed. */
  publish(code: string, note: string | null): Promise<NationalPublication> {
    return firstValueFrom(
      this.http.post<NationalPublication>(`/api/national/rounds/${encodeURIComponent(code)}/publications`, note ? { note } : {}),
    );
  }

  /** The published rounds, and whether the kommun was counted in each (kommun administrator). */
  comparisonRounds(): Promise<ComparisonRound[]> {
    return firstValueFrom(this.http.get<ComparisonRound[]>('/api/national/own/comparisons'));
  }

  comparison(code: string, table: NationalTableName): Promise<TableComparison> {
    return firstValueFrom(this.http.get<TableComparison>(`/api/national/own/comparisons/${encodeURIComponent(code)}/tables/${table}`));
  }

  comparisonTrend(code: string): Promise<ComparisonTrend> {
    return firstValueFrom(this.http.get<ComparisonTrend>(`/api/national/own/comparisons/${encodeURIComponent(code)}/trend`));
  }

  /** The regional analyst's län: every national round's response rate. */
  regionalOverview(): Promise<RegionalOverview> {
    return firstValueFrom(this.http.get<RegionalOverview>('/api/regional/rounds'));
  }

  regionalTable(code: string, table: NationalTableName): Promise<RegionalTable> {
    return firstValueFrom(this.http.get<RegionalTable>(`/api/regional/rounds/${encodeURIComponent(code)}/tables/${table}`));
  }
}
