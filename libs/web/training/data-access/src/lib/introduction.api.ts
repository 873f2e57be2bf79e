import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateIntroductionRequest,
  Introduction,
  IntroductionProgramme,
  IntroductionQuery,
  IntroductionSummary,
  MarkIntroductionStepRequest,
  MentorLoad,
  NewStaffIntroduction,
  SaveIntroductionProgrammeRequest,
  UpdateIntroductionRequest,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

function unitParams(query: IntroductionQuery): Record<string, string> {
  return query.unitId ? { unitId: query.unitId } : {};
}

/** Introduction programmes and new hires' introductions (docs/training.md, Introduction); the API scopes every call. */
@Injectable({ providedIn: 'root' })
export class IntroductionApi {
  private readonly http = inject(HttpClient);

  programmes(): Promise<IntroductionProgramme[]> {
    return firstValueFrom(this.http.get<IntroductionProgramme[]>('/api/introduction-programmes'));
  }

  createProgramme(request: SaveIntroductionProgrammeRequest): Promise<IntroductionProgramme> {
    return firstValueFrom(this.http.post<IntroductionProgramme>('/api/introduction-programmes', request));
  }

  updateProgramme(id: string, request: SaveIntroductionProgrammeRequest): Promise<IntroductionProgramme> {
    return firstValueFrom(this.http.put<IntroductionProgramme>(`/api/introduction-programmes/${id}`, request));
  }

  /** The caller's reach, their own and their mentees'. */
  introductions(query: IntroductionQuery = {}): Promise<IntroductionSummary[]> {
    return firstValueFrom(this.http.get<IntroductionSummary[]>('/api/introductions', { params: unitParams(query) }));
  }

  introduction(id: string): Promise<Introduction> {
    return firstValueFrom(this.http.get<Introduction>(`/api/introductions/${id}`));
  }

  create(request: CreateIntroductionRequest): Promise<Introduction> {
    return firstValueFrom(this.http.post<Introduction>('/api/introductions', request));
  }

  update(id: string, request: UpdateIntroductionRequest): Promise<Introduction> {
    return firstValueFrom(this.http.put<Introduction>(`/api/introductions/${id}`, request));
  }

  markStep(id: string, stepId: string, request: MarkIntroductionStepRequest): Promise<Introduction> {
    return firstValueFrom(this.http.put<Introduction>(`/api/introductions/${id}/steps/${stepId}`, request));
  }

  newStaff(query: IntroductionQuery = {}): Promise<NewStaffIntroduction[]> {
    return firstValueFrom(this.http.get<NewStaffIntroduction[]>('/api/introductions/new-staff', { params: unitParams(query) }));
  }

  mentorLoad(): Promise<MentorLoad[]> {
    return firstValueFrom(this.http.get<MentorLoad[]>('/api/introductions/mentor-load'));
  }
}
