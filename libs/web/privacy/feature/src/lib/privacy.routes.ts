import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';

/** The retention page (GDPR), under `gallring`; a person's export and erasure live on their staff page. */
export const privacyRoutes: Routes = [
  {
    path: '',
    title: 'Gallring – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    loadComponent: () => import('./retention-page').then((m) => m.RetentionPage),
  },
];
