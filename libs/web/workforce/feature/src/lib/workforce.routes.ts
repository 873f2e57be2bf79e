import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';

/** Workforce planning: /bemanning (docs/workforce.md). */
export const workforceRoutes: Routes = [
  {
    path: 'bemanning',
    title: 'Bemanning och prognos – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    providers: [provideAnimationsAsync()],
    loadComponent: () => import('./workforce-page').then((m) => m.WorkforcePage),
  },
];
