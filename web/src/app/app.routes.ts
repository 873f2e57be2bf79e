import { Routes } from '@angular/router';
import { authRoutes } from '@kl/web/auth/feature';

export const routes: Routes = [
  {
    path: '',
    title: 'Kompetensläget',
    loadComponent: () => import('./start/start-page').then((m) => m.StartPage),
  },
  ...authRoutes,
  {
    path: '**',
    title: 'Sidan finns inte – Kompetensläget',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
