import { Routes } from '@angular/router';

export const routes: Routes = [
  {
    path: '',
    title: 'Kompetensläget',
    loadComponent: () => import('./start/start-page').then((m) => m.StartPage),
  },
  {
    path: '**',
    title: 'Sidan finns inte – Kompetensläget',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
