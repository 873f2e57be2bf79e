import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

type NonceResponse = Response & { locals: { cspNonce?: string } };

/** An API path (JSON, never a page), the OpenAPI page included. */
const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/**
 * A fresh nonce per page response, for the inline `<style>` elements Angular adds at run time.
 * API answers are never rendered as pages: they get none (and a CSP without one, below).
 */
export function cspNonce(): RequestHandler {
  return (request: Request, response: NonceResponse, next: NextFunction) => {
    if (!isApiPath(request.path)) response.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  };
}

const nonceSource = (_request: unknown, response: unknown) =>
  `'nonce-${(response as NonceResponse).locals.cspNonce}'`;

/**
 * helmet with a strict CSP: scripts only from our origin, no inline script, no eval (workers
 * also from blob: URLs our scripts make); styles from our origin or, on a page, carrying the
 * per-response nonce. The OpenAPI UI gets a looser policy of its own.
 */
export function securityHeaders(): RequestHandler {
  const strict = helmet(strictOptions([nonceSource]));
  // The same policy without a nonce: a constant header, which helmet builds once, not per request.
  const api = helmet(strictOptions([]));
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
    (request.path.startsWith('/api/docs') ? docs : isApiPath(request.path) ? api : strict)(request, response, next);
}

function strictOptions(styleNonce: typeof nonceSource[]): Parameters<typeof helmet>[0] {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // The XLSX writer (fflate) compresses a large sheet in a worker it makes from a blob: URL
        // of its own code; only our own scripts can create one, and script-src stays strict.
        'worker-src': ["'self'", 'blob:'],
        'style-src': ["'self'", ...styleNonce],
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
  };
}
