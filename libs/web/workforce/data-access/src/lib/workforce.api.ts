import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateVacancyRequest,
  PlannedChange,
  PlannedChangeRequest,
  UpdateVacancyRequest,
  Vacancy,
  WorkforceFigures,
  WorkforceForecast,
  WorkforceQuery,
  WorkforceSettings,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

function queryParams(query: WorkforceQuery): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
}

/** The workforce planning endpoints (docs/workforce.md); the API scopes every call. */
@Injectable({ providedIn: 'root' })
export class WorkforceApi {
  private readonly http = inject(HttpClient);

  figures(query: WorkforceQuery): Promise<WorkforceFigures> {
    return firstValueFrom(this.http.get<WorkforceFigures>('/api/workforce/figures', { params: queryParams(query) }));
  }

  forecast(query: WorkforceQuery): Promise<WorkforceForecast> {
    return firstValueFrom(this.http.get<WorkforceForecast>('/api/workforce/forecast', { params: queryParams(query) }));
  }

  vacancies(query: WorkforceQuery = {}): Promise<Vacancy[]> {
    return firstValueFrom(this.http.get<Vacancy[]>('/api/workforce/vacancies', { params: queryParams(query) }));
  }

  createVacancy(request: CreateVacancyRequest): Promise<Vacancy> {
    return firstValueFrom(this.http.post<Vacancy>('/api/workforce/vacancies', request));
  }

  updateVacancy(id: string, request: UpdateVacancyRequest): Promise<Vacancy> {
    return firstValueFrom(this.http.put<Vacancy>(`/api/workforce/vacancies/${id}`, request));
  }

  plannedChanges(): Promise<PlannedChange[]> {
    return firstValueFrom(this.http.get<PlannedChange[]>('/api/workforce/planned-changes'));
  }

  createPlannedChange(request: PlannedChangeRequest): Promise<PlannedChange> {
    return firstValueFrom(this.http.post<PlannedChange>('/api/workforce/planned-changes', request));
  }

  deleteVacancy(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/workforce/vacancies/${id}`));
  }

  deletePlannedChange(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/workforce/planned-changes/${id}`));
  }

  settings(): Promise<WorkforceSettings> {
    return firstValueFrom(this.http.get<WorkforceSettings>('/api/workforce/settings'));
  }

  updateSettings(settings: WorkforceSettings): Promise<WorkforceSettings> {
    return firstValueFrom(this.http.put<WorkforceSettings>('/api/workforce/settings', settings));
  }
}
