import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';

export const auditRoutes: Routes = [
  {
    path: 'granskningslogg',
    title: 'Granskningslogg – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    loadComponent: () => import('./audit-page').then((m) => m.AuditPage),
  },
];
