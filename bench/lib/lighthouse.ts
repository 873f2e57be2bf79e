import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './matrix-browser';

/** The demo accounts (libs/api/seed) the pages are measured as; all share the demo password. */
const DEMO_PASSWORD = 'kompetens-demo';
const PAGES = [
  { name: 'login', path: '/logga-in', as: null },
  { name: 'matrix (team leader)', path: '/matris', as: 'arbetsledare@demo.example' },
  { name: 'overview (team leader)', path: '/oversikt', as: 'arbetsledare@demo.example' },
  { name: 'Min kompetens (caseworker)', path: '/min-kompetens', as: 'handlaggare@demo.example' },
] as const;

export interface LighthouseRow {
  page: string;
  formFactor: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

type LighthouseResult = {
  lhr: {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
};
type RunLighthouse = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<LighthouseResult | undefined>;

/** Lighthouse is ESM only; a real dynamic import from this CommonJS build. */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: unknown }>;

/**
 * Lighthouse (12, mobile and desktop presets, simulated throttling) on the four pages of issue 17,
 * signed in as the demo accounts: Chromium runs with a debugging port for Lighthouse, and the
 * session cookie of an API sign-in is put into its profile. Each page is measured `runs` times;
 * the median performance score's run is reported.
 */
export async function lighthouseScenario(baseUrl: string, runs = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3)): Promise<LighthouseRow[]> {
  const lighthouse = (await importEsm('lighthouse')).default as RunLighthouse;
  const desktopConfig = (await importEsm('lighthouse/core/config/desktop-config.js')).default;
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'kl-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--remote-debugging-port=${port}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of PAGES) {
      await context.clearCookies();
      if (page.as) {
        const response = await fetch(`${baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: page.as, password: DEMO_PASSWORD }),
        });
        const session = /kl_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
        if (!session) throw new Error(`Sign-in as ${page.as} failed: ${response.status}`);
        await context.addCookies([{ name: 'kl_session', value: session, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
      }
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const results: LighthouseRow[] = [];
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(
            `${baseUrl}${page.path}`,
            { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], disableStorageReset: true },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
          const { categories, audits } = result.lhr;
          results.push({
            page: page.name,
            formFactor,
            performance: Math.round((categories['performance'].score ?? 0) * 100),
            accessibility: Math.round((categories['accessibility'].score ?? 0) * 100),
            lcpMs: Math.round(audits['largest-contentful-paint'].numericValue ?? 0),
            cls: Number((audits['cumulative-layout-shift'].numericValue ?? 0).toFixed(3)),
            tbtMs: Math.round(audits['total-blocking-time'].numericValue ?? 0),
          });
        }
        results.sort((a, b) => a.performance - b.performance);
        rows.push(results[Math.floor(results.length / 2)]);
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return rows;
}

export function printLighthouse(rows: LighthouseRow[]): void {
  console.log('\nLighthouse (median of LIGHTHOUSE_RUNS runs, default 3; goal: mobile ≥ 95, desktop ≥ 98, CLS ≤ 0.02, accessibility 100)');
  console.log('| page | form factor | performance | accessibility | LCP | CLS | TBT |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) {
    console.log(`| ${row.page} | ${row.formFactor} | ${row.performance} | ${row.accessibility} | ${(row.lcpMs / 1000).toFixed(1)} s | ${row.cls} | ${row.tbtMs} ms |`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
