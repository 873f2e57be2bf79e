import type { Routes } from '@angular/router';
import { requireRole } from '@kl/web/auth/data-access';

export const notificationsRoutes: Routes = [
  {
    path: 'meddelanden',
    title: 'Meddelanden – Kompetensläget',
    canActivate: [requireRole('caseworker', 'team_leader', 'municipality_admin')],
    loadComponent: () => import('./notifications-page').then((m) => m.NotificationsPage),
  },
];
