import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BookParticipantsRequest,
  CourseSession,
  CourseSuggestion,
  DevelopmentPlan,
  FundingSummary,
  Participation,
  RoundGaps,
  SaveGrantRequest,
  StateGrant,
  SuggestionsQuery,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The gap, suggestion, booking and funding endpoints; the API scopes every call. */
@Injectable({ providedIn: 'root' })
export class TrainingApi {
  private readonly http = inject(HttpClient);

  /** The gaps of a round; with `topicCode` the people below target in that topic are listed. */
  gaps(roundId: string, topicCode?: string): Promise<RoundGaps> {
    const params: Record<string, string> = topicCode ? { topicCode } : {};
    return firstValueFrom(this.http.get<RoundGaps>(`/api/rounds/${roundId}/gaps`, { params }));
  }

  suggestions(query: SuggestionsQuery): Promise<CourseSuggestion[]> {
    const params: Record<string, string> = {
      topicCode: query.topicCode,
      level: query.level,
      people: String(query.people ?? 1),
    };
    if (query.staffRole) params['staffRole'] = query.staffRole;
    return firstValueFrom(this.http.get<CourseSuggestion[]>('/api/suggestions', { params }));
  }

  session(id: string): Promise<CourseSession> {
    return firstValueFrom(this.http.get<CourseSession>(`/api/sessions/${id}`));
  }

  book(sessionId: string, request: BookParticipantsRequest): Promise<Participation[]> {
    return firstValueFrom(
      this.http.post<Participation[]>(`/api/sessions/${sessionId}/participations`, request),
    );
  }

  grants(): Promise<StateGrant[]> {
    return firstValueFrom(this.http.get<StateGrant[]>('/api/grants'));
  }

  createGrant(request: SaveGrantRequest): Promise<StateGrant> {
    return firstValueFrom(this.http.post<StateGrant>('/api/grants', request));
  }

  plans(year: number): Promise<DevelopmentPlan[]> {
    return firstValueFrom(
      this.http.get<DevelopmentPlan[]>('/api/plans', { params: { year: String(year) } }),
    );
  }

  funding(year: number): Promise<FundingSummary> {
    return firstValueFrom(
      this.http.get<FundingSummary>('/api/funding', { params: { year: String(year) } }),
    );
  }
}
