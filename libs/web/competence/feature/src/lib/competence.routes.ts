import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';

/** The roles that read frameworks (the API's readers; system administrators have no competence data). */
const READERS = ['caseworker', 'team_leader', 'municipality_admin', 'national_analyst', 'regional_analyst'] as const;

/** Routes of the competence feature (frameworks), lazily loaded by the shell. */
export const competenceRoutes: Routes = [
  {
    path: 'ramverk',
    title: 'Kompetensramverk – Kompetensläget',
    canActivate: [requireRole(...READERS)],
    loadComponent: () => import('./framework-list-page').then((m) => m.FrameworkListPage),
  },
  {
    path: 'ramverk/:id',
    title: 'Kompetensramverk – Kompetensläget',
    canActivate: [requireRole(...READERS)],
    loadComponent: () => import('./framework-detail-page').then((m) => m.FrameworkDetailPage),
  },
];
