import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** The placeholder in the built index.html that is replaced by each response's CSP nonce. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * Serves the built Angular app from the same process and port as the API: hashed assets with a
 * long cache life, and index.html (with the response's CSP nonce) for every other page path, so
 * that deep links work. Paths under /api are left to the API (and its JSON 404).
 */
export function webApp(distDir: string): RequestHandler[] {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The web app is not built: ${indexFile} is missing (run "npm run build")`);
  }
  const index = readFileSync(indexFile, 'utf8');
  const assets = express.static(distDir, {
    index: false,
    setHeaders: (response, path) => {
      const hashed = /[.-][A-Z0-9]{8,}\.(js|css|woff2?)$/i.test(path);
      response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fallback = (request: Request, response: Response, next: NextFunction) => {
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.path.startsWith('/api/') &&
      request.path !== '/api' &&
      !/\.[a-z0-9]{1,8}$/i.test(request.path);
    if (!isPage) {
      return next();
    }
    const nonce = String(response.locals['cspNonce'] ?? '');
    response
      .status(200)
      .type('html')
      .setHeader('Cache-Control', 'no-cache')
      .send(index.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
  };
  return [assets, fallback];
}
