import { Routes } from '@angular/router';
import { authRoutes } from '@kl/web/auth/feature';
import { inventoryRoutes } from '@kl/web/inventory/feature';
import { competenceRoutes } from '@kl/web/competence/feature';
import { organisationRoutes } from '@kl/web/organisation/feature';
import { planningRoutes } from '@kl/web/planning/feature';
import { trainingRoutes } from '@kl/web/training/feature';
import { notificationsRoutes } from '@kl/web/notifications/feature';
import { auditRoutes } from '@kl/web/audit/feature';
import { nationalRoutes } from '@kl/web/national/feature';
import { importsRoutes } from '@kl/web/imports/feature';
import { workforceRoutes } from '@kl/web/workforce/feature';

export const routes: Routes = [
  {
    path: '',
    title: 'Kompetensläget',
    loadComponent: () => import('./start/start-page').then((m) => m.StartPage),
  },
  ...authRoutes,
  ...inventoryRoutes,
  ...organisationRoutes,
  ...competenceRoutes,
  ...planningRoutes,
  ...trainingRoutes,
  ...notificationsRoutes,
  ...auditRoutes,
  ...nationalRoutes,
  ...importsRoutes,
  ...workforceRoutes,
  // Lazy as a whole: the privacy lib's index also exports the staff page's GDPR section.
  { path: 'gallring', loadChildren: () => import('@kl/web/privacy/feature').then((m) => m.privacyRoutes) },
  {
    path: 'ingen-behorighet',
    title: 'Ingen behörighet – Kompetensläget',
    loadComponent: () => import('./no-access/no-access-page').then((m) => m.NoAccessPage),
  },
  {
    path: '**',
    title: 'Sidan finns inte – Kompetensläget',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
