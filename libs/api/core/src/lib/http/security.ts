import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

type NonceResponse = Response & { locals: { cspNonce?: string } };

/** A fresh nonce per response, for the inline `<style>` elements Angular adds at run time. */
export function cspNonce(): RequestHandler {
  return (_request: Request, response: NonceResponse, next: NextFunction) => {
    response.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  };
}

const nonceSource = (_request: unknown, response: unknown) =>
  `'nonce-${(response as NonceResponse).locals.cspNonce}'`;

/**
 * helmet with a strict CSP: scripts only from our origin, no inline script, no eval (workers
 * also from blob: URLs our scripts make); styles from our origin or carrying the per-response
 * nonce. The OpenAPI UI gets a looser policy of its own.
 */
export function securityHeaders(): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // The XLSX writer (fflate) compresses a large sheet in a worker it makes from a blob: URL
        // of its own code; only our own scripts can create one, and script-src stays strict.
        'worker-src': ["'self'", 'blob:'],
        'style-src': ["'self'", nonceSource],
        'style-src-attr': ["'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  const docs = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
      },
    },
  });
  return (request, response, next) =>
    (request.path.startsWith('/api/docs') ? docs : strict)(request, response, next);
}
