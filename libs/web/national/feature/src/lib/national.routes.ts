import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';

/** The national tier's pages: the national analyst's rounds and tables, the kommun's submission, the public statistics. */
export const nationalRoutes: Routes = [
  {
    path: 'nationellt',
    title: 'Nationella omgångar – Kompetensläget',
    canActivate: [requireRole('national_analyst')],
    loadComponent: () => import('./national-rounds-page').then((m) => m.NationalRoundsPage),
  },
  {
    path: 'nationellt/:code',
    title: 'Nationell omgång – Kompetensläget',
    canActivate: [requireRole('national_analyst')],
    loadComponent: () => import('./national-round-page').then((m) => m.NationalRoundPage),
  },
  {
    path: 'nationellt/:code/publicering',
    title: 'Publicera nationell omgång – Kompetensläget',
    canActivate: [requireRole('national_analyst')],
    loadComponent: () => import('./publication-page').then((m) => m.PublicationPage),
  },
  // The public national statistics: no guard, anyone may read what is published.
  {
    path: 'statistik',
    title: 'Nationell statistik – Kompetensläget',
    loadComponent: () => import('./public-rounds-page').then((m) => m.PublicRoundsPage),
  },
  {
    path: 'statistik/:code',
    title: 'Nationell statistik – Kompetensläget',
    loadComponent: () => import('./public-round-page').then((m) => m.PublicRoundPage),
  },
  {
    path: 'nationell-inlamning',
    title: 'Nationell inlämning – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    loadComponent: () => import('./own-submission-page').then((m) => m.OwnSubmissionPage),
  },
  {
    path: 'nationell-jamforelse',
    title: 'Nationell jämförelse – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    loadComponent: () => import('./comparison-page').then((m) => m.ComparisonPage),
  },
  {
    path: 'regionalt',
    title: 'Länet – Kompetensläget',
    canActivate: [requireRole('regional_analyst')],
    loadComponent: () => import('./regional-page').then((m) => m.RegionalPage),
  },
];
