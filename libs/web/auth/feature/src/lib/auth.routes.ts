import type { Routes } from '@angular/router';
import { requireSignedIn } from '@kl/web/auth/data-access';

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
];
