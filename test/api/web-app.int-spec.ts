import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSP_NONCE_PLACEHOLDER } from '@kl/api/core';
import { createTestApp, type TestApp } from '@kl/api/testing';

describe('Serving the web app from the API process', () => {
  let t: TestApp;
  const dist = mkdtempSync(join(tmpdir(), 'kl-web-'));
  beforeAll(async () => {
    mkdirSync(dist, { recursive: true });
    writeFileSync(
      join(dist, 'index.html'),
      `<!doctype html><html lang="sv"><body><kl-root ngCspNonce="${CSP_NONCE_PLACEHOLDER}"></kl-root>` +
        `<script src="main-ABCDEFGH.js" type="module" nonce="${CSP_NONCE_PLACEHOLDER}"></script></body></html>`,
    );
    writeFileSync(join(dist, 'main-ABCDEFGH.js'), 'console.log("hej")');
    writeFileSync(join(dist, 'main-ABCDEFGH.js.br'), brotliCompressSync('console.log("hej")'));
    writeFileSync(join(dist, 'main-ABCDEFGH.js.gz'), gzipSync('console.log("hej")'));
    t = await createTestApp({ webDistDir: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / with a fresh CSP nonce that matches the header', async () => {
    const first = await t.http().get('/').expect(200).expect('Content-Type', /html/);
    const nonce = /ngCspNonce="([^"]+)"/.exec(first.text)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(first.text).not.toContain(CSP_NONCE_PLACEHOLDER);
    expect(first.headers['content-security-policy']).toContain(`'nonce-${nonce}'`);
    expect(first.headers['cache-control']).toBe('no-cache');

    const second = await t.http().get('/').expect(200);
    expect(/ngCspNonce="([^"]+)"/.exec(second.text)?.[1]).not.toBe(nonce);
  });

  /** The bytes as sent (supertest would decompress them), with the headers. */
  const raw = async (path: string, acceptEncoding: string) => {
    const server = t.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  };

  it('sends an asset precompressed as the browser accepts it, Brotli first, with its own type', async () => {
    const br = await raw('/main-ABCDEFGH.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['vary']).toMatch(/Accept-Encoding/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).toString()).toBe('console.log("hej")');
    const gz = await raw('/main-ABCDEFGH.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe('console.log("hej")');
    const plain = await raw('/main-ABCDEFGH.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('console.log("hej")');
  });

  it('compresses index.html as it is sent, with its fresh nonce', async () => {
    const response = await raw('/', 'br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(response.body).toString();
    expect(html).toContain('<kl-root');
    expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
  });

  it('falls back to index.html for deep links', async () => {
    const response = await t.http().get('/personal/123/historik').expect(200);
    expect(response.text).toContain('<kl-root');
  });

  it('serves hashed assets with a long cache life', async () => {
    const response = await t.http().get('/main-ABCDEFGH.js').expect(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('leaves /api to the API and missing files to a 404', async () => {
    const api = await t.http().get('/api/nope').expect(404);
    expect(api.body.code).toBe('NOT_FOUND');
    await t.http().get('/missing.js').expect(404);
  });
});
