import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';

export const inventoryRoutes: Routes = [
  {
    path: 'matris',
    title: 'Kompetensmatris – Kompetensläget',
    canActivate: [requireRole('team_leader', 'municipality_admin')],
    loadComponent: () => import('./matrix-page').then((m) => m.MatrixPage),
  },
];
