import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditEntityType, AuditEvent, CreateStaffMemberRequest, ListStaffQuery, PersonalDataRead, StaffMember, StaffMemberPage, UpdateStaffMemberRequest } from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The staff endpoints of the API (a team leader's calls are scoped to their units by the API). */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);

  list(query: ListStaffQuery): Promise<StaffMemberPage> {
    return firstValueFrom(this.http.get<StaffMemberPage>('/api/staff', { params: toParams(query) }));
  }

  get(id: string): Promise<StaffMember> {
    return firstValueFrom(this.http.get<StaffMember>(`/api/staff/${id}`));
  }

  create(request: CreateStaffMemberRequest): Promise<StaffMember> {
    return firstValueFrom(this.http.post<StaffMember>('/api/staff', request));
  }

  update(id: string, request: UpdateStaffMemberRequest): Promise<StaffMember> {
    return firstValueFrom(this.http.patch<StaffMember>(`/api/staff/${id}`, request));
  }

  /** The member's change history, in the caller's read scope (team leaders included). */
  history(id: string): Promise<AuditEvent[]> {
    return firstValueFrom(this.http.get<AuditEvent[]>(`/api/staff/${id}/history`));
  }

  leave(id: string, version: number, employmentEnd: string): Promise<StaffMember> {
    return firstValueFrom(this.http.post<StaffMember>(`/api/staff/${id}/leave`, { version, employmentEnd }));
  }
}

/** A record's change history, oldest first as the API answers it. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  history(entityType: AuditEntityType, entityId: string): Promise<AuditEvent[]> {
    return firstValueFrom(this.http.get<AuditEvent[]>(`/api/audit/${entityType}/${entityId}`));
  }

  /** Who has read a person's competence data, newest first (administrators only). */
  reads(staffMemberId: string): Promise<PersonalDataRead[]> {
    return firstValueFrom(this.http.get<PersonalDataRead[]>(`/api/audit/staff_member/${staffMemberId}/reads`));
  }
}

/** Query parameters without the empty ones, so the API applies its defaults. */
export function toParams(query: ListStaffQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}
