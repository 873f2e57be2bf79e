import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import localeSv from '@angular/common/locales/sv';
import {
  ApplicationConfig,
  DEFAULT_CURRENCY_CODE,
  LOCALE_ID,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { authInterceptor } from '@kl/web/auth/data-access';
import { routes } from './app.routes';

// sv-SE: dates as 2026-11-22, decimal comma, space as thousands separator.
registerLocaleData(localeSv, 'sv-SE');

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    // XMLHttpRequest, not fetch: the fetch backend aborts each request when its observable ends,
    // and Chromium then reports an answer that says Cache-Control: no-store (every API answer) as
    // cancelled even though it was read whole.
    provideHttpClient(withInterceptors([authInterceptor])),
    { provide: LOCALE_ID, useValue: 'sv-SE' },
    { provide: DEFAULT_CURRENCY_CODE, useValue: 'SEK' },
  ],
};
