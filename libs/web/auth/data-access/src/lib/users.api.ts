import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AcceptInvitationRequest,
  CreateMunicipalityAdministratorRequest,
  InvitationCreated,
  InviteUserRequest,
  MunicipalityAdministration,
  UpdateUserRequest,
  UserAccountSummary,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The user administration API: a kommun's accounts, invitations, and kommun administrators. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Promise<UserAccountSummary[]> {
    return firstValueFrom(this.http.get<UserAccountSummary[]>('/api/users'));
  }

  invite(request: InviteUserRequest): Promise<InvitationCreated> {
    return firstValueFrom(this.http.post<InvitationCreated>('/api/users/invitations', request));
  }

  update(id: string, request: UpdateUserRequest): Promise<UserAccountSummary> {
    return firstValueFrom(this.http.patch<UserAccountSummary>(`/api/users/${id}`, request));
  }

  setEnabled(id: string, enabled: boolean): Promise<UserAccountSummary> {
    return firstValueFrom(this.http.post<UserAccountSummary>(`/api/users/${id}/${enabled ? 'enable' : 'disable'}`, {}));
  }

  /** A new one-time link for an account still invited; the earlier links stop working. */
  resendInvitation(id: string): Promise<InvitationCreated> {
    return firstValueFrom(this.http.post<InvitationCreated>(`/api/users/${id}/invitation`, {}));
  }

  createMunicipalityAdministrator(request: CreateMunicipalityAdministratorRequest): Promise<InvitationCreated> {
    return firstValueFrom(this.http.post<InvitationCreated>('/api/system/municipality-administrators', request));
  }

  /** Every kommun with its administrators (system administrator). */
  municipalities(): Promise<MunicipalityAdministration[]> {
    return firstValueFrom(this.http.get<MunicipalityAdministration[]>('/api/system/municipalities'));
  }

  setAdministratorEnabled(municipalityCode: string, id: string, enabled: boolean): Promise<UserAccountSummary> {
    return firstValueFrom(
      this.http.post<UserAccountSummary>(`/api/system/municipalities/${municipalityCode}/administrators/${id}/${enabled ? 'enable' : 'disable'}`, {}),
    );
  }

  resendAdministratorInvitation(municipalityCode: string, id: string): Promise<InvitationCreated> {
    return firstValueFrom(
      this.http.post<InvitationCreated>(`/api/system/municipalities/${municipalityCode}/administrators/${id}/invitation`, {}),
    );
  }

  acceptInvitation(request: AcceptInvitationRequest): Promise<void> {
    return firstValueFrom(this.http.post<void>('/api/auth/accept-invitation', request));
  }
}

/** The one-time token of an invitation link (`/inbjudan#token=…`); the fragment never reaches a server log. */
export function invitationToken(fragment: string | null): string | null {
  const token = new URLSearchParams(fragment ?? '').get('token');
  return token && /^[\w-]{20,}$/.test(token) ? token : null;
}

/** The full link to hand over, from the path the API answers when no public URL is configured. */
export function absoluteInvitationUrl(invitationUrl: string, origin: string): string {
  return invitationUrl.startsWith('/') ? `${origin}${invitationUrl}` : invitationUrl;
}
