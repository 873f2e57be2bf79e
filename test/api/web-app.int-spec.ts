import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
