import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** Brotli when the browser takes it (smaller), else gzip, else none; the browser's order does not matter. */
function preferredEncoding(request: Request): 'br' | 'gzip' | null {
  const accepted = request.acceptsEncodings();
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
}

/** The file a request path names inside `root`, or null for a path that leaves it or cannot be decoded. */
function assetPath(root: string, requestPath: string): string | null {
  try {
    const path = resolve(join(root, decodeURIComponent(requestPath)));
    return path.startsWith(root + sep) ? path : null;
  } catch {
    return null;
  }
}

/** The placeholder in the built index.html that is replaced by each response's CSP nonce. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * Serves the built Angular app from the same process and port as the API: hashed assets with a
 * long cache life, and index.html (with the response's CSP nonce) for every other page path, so
 * that deep links work. Paths under /api are left to the API (and its JSON 404).
 *
 * An asset with a Brotli or gzip copy beside it (tools/precompress.ts, run by the build) goes
 * compressed to a browser that accepts it; index.html, different per response, is compressed as
 * it is sent (it is small).
 */
export function webApp(distDir: string): RequestHandler[] {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The web app is not built: ${indexFile} is missing (run "npm run build")`);
  }
  const index = readFileSync(indexFile, 'utf8');
  const cacheControl = (path: string) =>
    /[.-][A-Z0-9]{8,}\.(js|css|woff2?)$/i.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const assets = express.static(distDir, {
    index: false,
    setHeaders: (response, path) => {
      response.setHeader('Cache-Control', cacheControl(path));
    },
  });
  const root = resolve(distDir);
  const precompressed = (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const path = assetPath(root, request.path);
    if (!path || !existsSync(`${path}.br`)) return next();
    response.vary('Accept-Encoding');
    const encoding = preferredEncoding(request);
    if (!encoding) return next();
    response.setHeader('Content-Encoding', encoding);
    response.setHeader('Cache-Control', cacheControl(path));
    response.type(extname(path));
    response.sendFile(`${path}.${encoding === 'br' ? 'br' : 'gz'}`, { dotfiles: 'deny' }, (error) => error && next(error));
  };
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
    const page = Buffer.from(index.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
    const encoding = preferredEncoding(request);
    response.status(200).type('html').setHeader('Cache-Control', 'no-cache').vary('Accept-Encoding');
    if (encoding) {
      response.setHeader('Content-Encoding', encoding);
      response.send(encoding === 'br' ? brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(page));
    } else {
      response.send(page);
    }
  };
  return [precompressed, assets, fallback];
}
