import type { Routes } from '@angular/router';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { requireRole } from '@kl/web/auth/data-access';

/** Routes of the training feature. */
export const trainingRoutes: Routes = [
  {
    path: 'kompetensglapp',
    title: 'Kompetensglapp – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    // The charts animate through @angular/animations; provided here, and loaded only when needed.
    providers: [provideAnimationsAsync()],
    loadComponent: () => import('./gaps-page').then((m) => m.GapsPage),
  },
  {
    path: 'utbildningsbudget',
    title: 'Utbildningsbudget – Kompetensläget',
    canActivate: [requireRole('municipality_admin')],
    providers: [provideAnimationsAsync()],
    loadComponent: () => import('./funding-page').then((m) => m.FundingPage),
  },
  {
    path: 'utbildningar',
    title: 'Utbildningar – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader', 'regional_analyst')],
    loadComponent: () => import('./catalogue-page').then((m) => m.CataloguePage),
  },
  {
    path: 'utbildningar/:id',
    title: 'Kurs – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader', 'regional_analyst')],
    loadComponent: () => import('./course-page').then((m) => m.CoursePage),
  },
  {
    path: 'utbildningstillfallen',
    title: 'Kurstillfällen – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    loadComponent: () => import('./session-calendar-page').then((m) => m.SessionCalendarPage),
  },
  {
    path: 'utvecklingsplaner',
    title: 'Utvecklingsplaner – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    loadComponent: () => import('./plans-page').then((m) => m.PlansPage),
  },
  {
    path: 'uppfoljningar',
    title: 'Uppföljningar – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    loadComponent: () => import('./follow-ups-page').then((m) => m.FollowUpsPage),
  },
  {
    path: 'utbildningsuppfoljning',
    title: 'Utbildningsuppföljning – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    providers: [provideAnimationsAsync()],
    loadComponent: () => import('./training-reports-page').then((m) => m.TrainingReportsPage),
  },
  {
    path: 'introduktion',
    title: 'Introduktion – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    loadComponent: () => import('./introduction-page').then((m) => m.IntroductionPage),
  },
  {
    // A mentor (any role) and the new hire read one introduction here.
    path: 'introduktion/:id',
    title: 'Introduktion – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader', 'caseworker')],
    loadComponent: () => import('./introduction-detail-page').then((m) => m.IntroductionDetailPage),
  },
  {
    path: 'handledning',
    title: 'Ärendehandledning – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    loadComponent: () => import('./supervision-page').then((m) => m.SupervisionPage),
  },
  {
    path: 'behorighet',
    title: 'Behörighet – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'team_leader')],
    loadComponent: () => import('./qualification-page').then((m) => m.QualificationPage),
  },
];
