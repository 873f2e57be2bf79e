import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';

/** Routes of the planning feature: målnivåer now, kompetensutvecklingsplaner later. */
export const planningRoutes: Routes = [
  {
    path: 'malnivaer',
    title: 'Målnivåer – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    loadComponent: () => import('./targets-page').then((m) => m.TargetsPage),
  },
];
