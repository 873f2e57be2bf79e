import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';
import { confirmLeavingUnsavedWork } from '@kl/web/shared/util';

export const inventoryRoutes: Routes = [
  {
    path: 'matris',
    title: 'Kompetensmatris – Kompetensläget',
    canActivate: [requireRole('team_leader', 'municipality_admin')],
    canDeactivate: [confirmLeavingUnsavedWork],
    loadComponent: () => import('./matrix-page').then((m) => m.MatrixPage),
  },
  {
    path: 'omgangar',
    title: 'Inventeringsomgångar – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    loadComponent: () => import('./rounds-page').then((m) => m.RoundsPage),
  },
  {
    path: 'omgangar/:id',
    title: 'Uppföljning av omgång – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    loadComponent: () => import('./round-progress-page').then((m) => m.RoundProgressPage),
  },
  {
    path: 'oversikt',
    title: 'Översikt – Kompetensläget',
    canActivate: [requireRole('team_leader', 'municipality_admin')],
    // The charts animate through @angular/animations; provided here, and loaded only when needed.
    providers: [provideAnimationsAsync()],
    // Lazy, so that the charts library stays out of the initial bundle.
    loadComponent: () => import('./dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: 'min-kompetens',
    title: 'Min kompetens – Kompetensläget',
    canActivate: [requireRole('caseworker')],
    canDeactivate: [confirmLeavingUnsavedWork],
    loadComponent: () => import('./my-competence-page').then((m) => m.MyCompetencePage),
  },
];
