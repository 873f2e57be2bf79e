import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BookParticipantsRequest,
  Course,
  CourseSession,
  CreatePlanRequest,
  PlanFollowUpRequest,
  UpdatePlanRequest,
  CourseSuggestion,
  CreateSessionRequest,
  DevelopmentPlan,
  FollowUpDueList,
  FollowUpDueQuery,
  FundingSummary,
  Participation,
  RoundGaps,
  RoundScopeQuery,
  RoundTraining,
  SaveCourseRequest,
  SaveFollowUpRequest,
  SaveGrantRequest,
  SessionsQuery,
  StateGrant,
  SuggestionsQuery,
  StaffRole,
  TrainingDeliveryReport,
  TrainingEffectReport,
  TrainingFollowUp,
  TrainingReachReport,
  UnitGaps,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

function scopeParams(scope: RoundScopeQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (scope.unitId) params['unitId'] = scope.unitId;
  if (scope.staffRole) params['staffRole'] = scope.staffRole;
  return params;
}

/** The address of the gap list as a file, written by the API (a plain link: the session cookie signs it). */
export function gapsExportHref(
  roundId: string,
  format: 'csv' | 'xlsx',
  scope: RoundScopeQuery = {},
): string {
  const query = new URLSearchParams({ format, ...scopeParams(scope) });
  return `/api/rounds/${encodeURIComponent(roundId)}/gaps/export?${query}`;
}

/** The gap, suggestion, booking and funding endpoints; the API scopes every call. */
@Injectable({ providedIn: 'root' })
export class TrainingApi {
  private readonly http = inject(HttpClient);

  /** The gaps of a round; with `topicCode` the people below target in that topic are listed. */
  gaps(roundId: string, topicCode?: string, scope: RoundScopeQuery = {}): Promise<RoundGaps> {
    const params = { ...scopeParams(scope), ...(topicCode ? { topicCode } : {}) };
    return firstValueFrom(this.http.get<RoundGaps>(`/api/rounds/${roundId}/gaps`, { params }));
  }

  /** The gaps per unit (each person's own unit), for the heatmap. */
  unitGaps(roundId: string, scope: RoundScopeQuery = {}): Promise<UnitGaps> {
    return firstValueFrom(
      this.http.get<UnitGaps>(`/api/rounds/${roundId}/gaps/units`, { params: scopeParams(scope) }),
    );
  }

  /** Per topic the round's people with training planned, booked or done in the year after it. */
  gapTraining(roundId: string, scope: RoundScopeQuery = {}): Promise<RoundTraining> {
    return firstValueFrom(
      this.http.get<RoundTraining>(`/api/rounds/${roundId}/gaps/training`, {
        params: scopeParams(scope),
      }),
    );
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

  /** The catalogue: the kommun's courses and those shared in the län. */
  courses(): Promise<Course[]> {
    return firstValueFrom(this.http.get<Course[]>('/api/courses'));
  }

  course(id: string): Promise<Course> {
    return firstValueFrom(this.http.get<Course>(`/api/courses/${id}`));
  }

  createCourse(request: SaveCourseRequest): Promise<Course> {
    return firstValueFrom(this.http.post<Course>('/api/courses', request));
  }

  /** Replaces the course onto `request.version` (409 STALE_VERSION with the current course). */
  updateCourse(id: string, request: SaveCourseRequest): Promise<Course> {
    return firstValueFrom(this.http.put<Course>(`/api/courses/${id}`, request));
  }

  createSession(courseId: string, request: CreateSessionRequest): Promise<CourseSession> {
    return firstValueFrom(
      this.http.post<CourseSession>(`/api/courses/${courseId}/sessions`, request),
    );
  }

  /** The session calendar: sessions that end on or after `from` and start on or before `to`. */
  sessions(query: SessionsQuery = {}): Promise<CourseSession[]> {
    const params: Record<string, string> = {};
    if (query.from) params['from'] = query.from;
    if (query.to) params['to'] = query.to;
    return firstValueFrom(this.http.get<CourseSession[]>('/api/sessions', { params }));
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

  plan(id: string): Promise<DevelopmentPlan> {
    return firstValueFrom(this.http.get<DevelopmentPlan>(`/api/plans/${id}`));
  }

  createPlan(request: CreatePlanRequest): Promise<DevelopmentPlan> {
    return firstValueFrom(this.http.post<DevelopmentPlan>('/api/plans', request));
  }

  updatePlan(id: string, request: UpdatePlanRequest): Promise<DevelopmentPlan> {
    return firstValueFrom(this.http.put<DevelopmentPlan>(`/api/plans/${id}`, request));
  }

  followUpPlan(id: string, request: PlanFollowUpRequest): Promise<DevelopmentPlan> {
    return firstValueFrom(this.http.put<DevelopmentPlan>(`/api/plans/${id}/follow-up`, request));
  }

  /** One person's courses and bookings (a caseworker: their own). */
  staffParticipations(staffMemberId: string): Promise<Participation[]> {
    return firstValueFrom(
      this.http.get<Participation[]>(`/api/staff/${staffMemberId}/participations`),
    );
  }

  /** Follow-ups and reassessments due in the caller's reach (HR: the kommun). */
  dueFollowUps(query: FollowUpDueQuery = {}): Promise<FollowUpDueList> {
    const params: Record<string, string> = {};
    if (query.unitId) params['unitId'] = query.unitId;
    if (query.overdue) params['overdue'] = 'true';
    return firstValueFrom(this.http.get<FollowUpDueList>('/api/follow-ups/due', { params }));
  }

  saveFollowUp(participationId: string, request: SaveFollowUpRequest): Promise<TrainingFollowUp> {
    return firstValueFrom(
      this.http.put<TrainingFollowUp>(`/api/participations/${participationId}/follow-up`, request),
    );
  }

  /** The effect of training per course and topic (sessions of `year`, or every year). */
  effectReport(year: number | null): Promise<TrainingEffectReport> {
    const params: Record<string, string> = year === null ? {} : { year: String(year) };
    return firstValueFrom(this.http.get<TrainingEffectReport>('/api/training/reports/effect', { params }));
  }

  /** Planned vs carried out for sessions starting in the year. */
  deliveryReport(year: number): Promise<TrainingDeliveryReport> {
    return firstValueFrom(
      this.http.get<TrainingDeliveryReport>('/api/training/reports/delivery', { params: { year: String(year) } }),
    );
  }

  /** Who got training in the year, by experience band and degree, for one staff group. */
  reachReport(year: number, staffRole: StaffRole): Promise<TrainingReachReport> {
    return firstValueFrom(
      this.http.get<TrainingReachReport>('/api/training/reports/reach', { params: { year: String(year), staffRole } }),
    );
  }
}
