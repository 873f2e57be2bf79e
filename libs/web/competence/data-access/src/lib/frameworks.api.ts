import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CompetenceFrameworkDetail,
  CompetenceFrameworkSummary,
  CompetenceLevel,
  CreateCompetenceAreaRequest,
  CreateCompetenceTopicRequest,
  CrosswalkEntry,
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
