import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';

/** The import page: staff and assessment files in, templates and exports out. */
export const importsRoutes: Routes = [
  {
    path: 'import',
    title: 'Import och export – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    loadComponent: () => import('./import-page').then((m) => m.ImportPage),
  },
];
