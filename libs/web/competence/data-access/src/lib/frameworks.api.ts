import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CompetenceFrameworkDetail,
  CompetenceFrameworkSummary,
  CompetenceLevel,
  CopyFrameworkExampleRequest,
  CreateCompetenceAreaRequest,
  CreateCompetenceTopicRequest,
  CreateFrameworkRequest,
  CrosswalkEntry,
  FrameworkExample,
  FrameworkExportFormat,
  FrameworkImportPreview,
  UpdateCompetenceTopicRequest,
  UpdateLevelDefinitionRequest,
} from '@kl/shared/contracts';
import { firstValueFrom, type Observable } from 'rxjs';

/** The frameworks endpoints; every change answers the whole framework as it now is. */
@Injectable({ providedIn: 'root' })
export class FrameworksApi {
  private readonly http = inject(HttpClient);

  list(): Promise<CompetenceFrameworkSummary[]> {
    return firstValueFrom(this.http.get<CompetenceFrameworkSummary[]>('/api/frameworks'));
  }

  get(id: string): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.get<CompetenceFrameworkDetail>(`/api/frameworks/${id}`));
  }

  /** A new draft of version 1 (from scratch, or an import's previewed framework). */
  create(request: CreateFrameworkRequest): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.post<CompetenceFrameworkDetail>('/api/frameworks', request));
  }

  examples(): Promise<FrameworkExample[]> {
    return firstValueFrom(this.http.get<FrameworkExample[]>('/api/frameworks/examples'));
  }

  copyExample(key: string, request: CopyFrameworkExampleRequest): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.post<CompetenceFrameworkDetail>(`/api/frameworks/examples/${encodeURIComponent(key)}/copy`, request));
  }

  /** Reads and checks a framework file (JSON or XLSX); nothing is written. */
  previewImport(file: Blob): Promise<FrameworkImportPreview> {
    return firstValueFrom(
      this.http.post<FrameworkImportPreview>('/api/frameworks/import/file', file, { headers: { 'Content-Type': 'application/octet-stream' } }),
    );
  }

  createVersion(id: string): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.post<CompetenceFrameworkDetail>(`/api/frameworks/${id}/versions`, {}));
  }

  createExtension(id: string): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.post<CompetenceFrameworkDetail>(`/api/frameworks/${id}/extensions`, {}));
  }

  rename(id: string, rowVersion: number, name: string): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.patch<CompetenceFrameworkDetail>(`/api/frameworks/${id}`, { rowVersion, name }));
  }

  publish(id: string, rowVersion: number): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.post<CompetenceFrameworkDetail>(`/api/frameworks/${id}/publish`, { rowVersion }));
  }

  addArea(id: string, request: CreateCompetenceAreaRequest): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.post<CompetenceFrameworkDetail>(`/api/frameworks/${id}/areas`, request));
  }

  renameArea(id: string, areaId: string, name: string): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.patch<CompetenceFrameworkDetail>(`/api/frameworks/${id}/areas/${areaId}`, { name }));
  }

  removeArea(id: string, areaId: string): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.delete<CompetenceFrameworkDetail>(`/api/frameworks/${id}/areas/${areaId}`));
  }

  addTopic(id: string, request: CreateCompetenceTopicRequest): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.post<CompetenceFrameworkDetail>(`/api/frameworks/${id}/topics`, request));
  }

  updateTopic(id: string, topicId: string, request: UpdateCompetenceTopicRequest): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.patch<CompetenceFrameworkDetail>(`/api/frameworks/${id}/topics/${topicId}`, request));
  }

  removeTopic(id: string, topicId: string): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.delete<CompetenceFrameworkDetail>(`/api/frameworks/${id}/topics/${topicId}`));
  }

  updateLevel(id: string, level: CompetenceLevel, request: UpdateLevelDefinitionRequest): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.put<CompetenceFrameworkDetail>(`/api/frameworks/${id}/levels/${level}`, request));
  }

  replaceCrosswalk(id: string, rowVersion: number, entries: CrosswalkEntry[]): Promise<CompetenceFrameworkDetail> {
    return this.send(this.http.put<CompetenceFrameworkDetail>(`/api/frameworks/${id}/crosswalk`, { rowVersion, entries }));
  }

  private send(request: Observable<CompetenceFrameworkDetail>): Promise<CompetenceFrameworkDetail> {
    return firstValueFrom(request);
  }
}

/** Where a version's file downloads from (a plain link: the browser saves it under the API's name). */
export function frameworkExportHref(id: string, format: FrameworkExportFormat): string {
  return `/api/frameworks/${encodeURIComponent(id)}/export?format=${format}`;
}
