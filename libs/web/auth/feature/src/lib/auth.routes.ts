import type { Routes } from '@angular/router';
import { requireRole, requireSignedIn } from '@kl/web/auth/data-access';

/** Routes of the auth feature, lazily loaded by the shell. */
export const authRoutes: Routes = [
  {
    path: 'logga-in',
    title: 'Logga in – Kompetensläget',
    loadComponent: () => import('./login-page').then((m) => m.LoginPage),
  },
  {
    path: 'mitt-konto',
    title: 'Mitt konto – Kompetensläget',
    canActivate: [requireSignedIn],
    loadComponent: () => import('./account-page').then((m) => m.AccountPage),
  },
  {
    path: 'anvandare',
    title: 'Användare – Kompetensläget',
    canActivate: [requireRole('municipality_admin', 'system_admin')],
    loadComponent: () => import('./user-admin-page').then((m) => m.UserAdminPage),
  },
  {
    path: 'inbjudan',
    title: 'Välj lösenord – Kompetensläget',
    loadComponent: () => import('./accept-invitation-page').then((m) => m.AcceptInvitationPage),
  },
];
