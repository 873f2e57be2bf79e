import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateOrgUnitRequest,
  MoveOrgUnitRequest,
  OrgUnit,
  OrgUnitTreeNode,
  UpdateOrgUnitRequest,
} from '@kl/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The units endpoints of the API; every call is scoped to the caller's kommun by the API. */
@Injectable({ providedIn: 'root' })
export class UnitsApi {
  private readonly http = inject(HttpClient);

  tree(): Promise<OrgUnitTreeNode[]> {
    return firstValueFrom(this.http.get<OrgUnitTreeNode[]>('/api/units', { params: { view: 'tree' } }));
  }

  create(request: CreateOrgUnitRequest): Promise<OrgUnit> {
    return firstValueFrom(this.http.post<OrgUnit>('/api/units', request));
  }

  update(id: string, request: UpdateOrgUnitRequest): Promise<OrgUnit> {
    return firstValueFrom(this.http.patch<OrgUnit>(`/api/units/${id}`, request));
  }

  move(id: string, request: MoveOrgUnitRequest): Promise<OrgUnit> {
    return firstValueFrom(this.http.post<OrgUnit>(`/api/units/${id}/move`, request));
  }

  close(id: string, version: number): Promise<OrgUnit> {
    return firstValueFrom(this.http.post<OrgUnit>(`/api/units/${id}/close`, { version }));
  }

  remove(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/units/${id}`));
  }
}
