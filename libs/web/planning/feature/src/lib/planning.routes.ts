import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';
import { confirmLeavingUnsavedWork } from '@kl/web/shared/util';

/** Routes of the planning feature: målnivåer now, kompetensutvecklingsplaner later. */
export const planningRoutes: Routes = [
  {
    path: 'malnivaer',
    title: 'Målnivåer – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    canDeactivate: [confirmLeavingUnsavedWork],
    loadComponent: () => import('./targets-page').then((m) => m.TargetsPage),
  },
];
