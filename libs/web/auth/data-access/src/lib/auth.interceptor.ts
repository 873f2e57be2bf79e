import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { CSRF_HEADER } from '@kl/shared/contracts';
import { catchError, throwError } from 'rxjs';
import { AuthStore } from './auth.store';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Adds the session's CSRF token to every write to our API, and tells the store when a request was
 * refused because the session has ended (not for the login and session calls themselves).
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(AuthStore);
  const ownApi = request.url.startsWith('/api/');
  const token = store.user()?.csrfToken;
  const outgoing =
    ownApi && token && !SAFE_METHODS.has(request.method)
      ? request.clone({ setHeaders: { [CSRF_HEADER]: token } })
      : request;
  return next(outgoing).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && ownApi && !request.url.startsWith('/api/auth/')) {
        store.markExpired();
      }
      return throwError(() => error);
    }),
  );
};
