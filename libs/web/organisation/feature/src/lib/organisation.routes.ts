import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';
import { confirmLeavingUnsavedWork } from '@kl/web/shared/util';

/** Routes of the organisation feature (units and staff), lazily loaded by the shell. */
export const organisationRoutes: Routes = [
  {
    path: 'enheter',
    title: 'Enheter – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    loadComponent: () => import('./units/unit-tree-page').then((m) => m.UnitTreePage),
  },
  {
    path: 'medarbetare',
    title: 'Medarbetare – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    loadComponent: () => import('./staff/staff-list-page').then((m) => m.StaffListPage),
  },
  {
    path: 'medarbetare/ny',
    title: 'Ny medarbetare – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    canDeactivate: [confirmLeavingUnsavedWork],
    loadComponent: () => import('./staff/staff-form-page').then((m) => m.StaffFormPage),
  },
  {
    path: 'medarbetare/:id',
    title: 'Medarbetare – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    loadComponent: () => import('./staff/staff-detail-page').then((m) => m.StaffDetailPage),
  },
  {
    path: 'medarbetare/:id/redigera',
    title: 'Redigera medarbetare – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    canDeactivate: [confirmLeavingUnsavedWork],
    loadComponent: () => import('./staff/staff-form-page').then((m) => m.StaffFormPage),
  },
];
