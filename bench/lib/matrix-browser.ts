import { existsSync } from 'node:fs';
import { hashPassword } from '@kl/api/auth';
import { Client } from 'pg';
import { type Browser, chromium, type Page } from 'playwright-core';
import { stats } from './measure';

export interface BrowserRow {
  scenario: string;
  measured: string;
  baseline: string;
  ratio: number;
  target: number;
}

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const PASSWORD = 'bench-password-not-secret';
const LOADS = 8;
const TYPED_ROWS = 5;

/** Team sizes measured side by side: DESIGN.md §6 names 40 × 26, issue 5 asks for smooth at 60 × 26. */
const TEAMS = [10, 40, 60] as const;
type TeamSize = (typeof TEAMS)[number];

interface TeamFigures {
  loadMs: number[];
  /** From the end of the matrix response to the grid painted: Angular's part of the load. */
  renderMs: number[];
  keyFrameMs: number[];
  eventTimingMs: number[];
  keys: number;
}

/**
 * The matrix page in Debian's Chromium (DESIGN.md §6: page interactive ≤ 300 ms; §6 web: INP ≤ 200 ms):
 * for teams of 10, 40 and 60 staff × 26 topics, a full page load until every cell is in the DOM,
 * then a team leader typing 5 × 26 levels with the keyboard while autosave runs. Each key's latency is
 * taken in the page, from the keydown event to the end of the frame after it (the handler, Angular's
 * change detection and the paint), and from the Event Timing API (what INP is built from).
 */
export async function matrixBrowserScenario(baseUrl: string, databaseUrl: string): Promise<BrowserRow[]> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`matrix page: ${CHROMIUM_PATH} not found (apt-get install chromium); the browser scenario is left out`);
    return [];
  }
  const teams = await seedTeams(databaseUrl);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const figures = new Map<TeamSize, TeamFigures>();
  try {
    for (const size of TEAMS) figures.set(size, await measureTeam(browser, baseUrl, teams.get(size) as string));
  } finally {
    await browser.close();
  }
  return rows(figures);
}

async function measureTeam(browser: Browser, baseUrl: string, email: string): Promise<TeamFigures> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(instrumentPage);
  await signIn(page, baseUrl, email);
  const loadMs: number[] = [];
  const renderMs: number[] = [];
  for (let i = 0; i < LOADS + 1; i++) {
    await page.goto(`${baseUrl}/matris`);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__klGridReadyAt !== undefined);
    const { readyAt, matrixAt } = await page.evaluate(() => ({
      readyAt: (window as unknown as BenchWindow).__klGridReadyAt as number,
      matrixAt: performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => entry.name.endsWith('/matrix'))
        .map((entry) => entry.responseEnd)
        .pop() as number,
    }));
    if (i === 0) continue; // the first load warms the HTTP cache, as a returning user's would be
    loadMs.push(readyAt);
    renderMs.push(readyAt - matrixAt);
  }
  await page.locator('td[data-r="0"][data-c="0"]').click();
  await page.evaluate(() => (window as unknown as BenchWindow).__klResetKeys());
  const keys = ['g', 'f', 's', '-', '1', '2', '3'];
  const topics = await page.locator('th[scope=col].topic').count();
  for (let n = 0; n < TYPED_ROWS * topics; n++) await page.keyboard.press(keys[n % keys.length]);
  await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade' }).waitFor({ timeout: 30_000 });
  const typed = await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    return { keyFrameMs: w.__klKeyFrameMs, eventTimingMs: w.__klEventTimingMs, keys: w.__klKeyCount };
  });
  await context.close();
  return { loadMs, renderMs, ...typed };
}

interface BenchWindow {
  __klGridReadyAt?: number;
  __klKeyFrameMs: number[];
  __klEventTimingMs: number[];
  __klKeyCount: number;
  __klResetKeys: () => void;
}

/** Runs in the page before its scripts: notes when the last cell appears and times each keydown. */
function instrumentPage(): void {
  const w = window as unknown as BenchWindow;
  w.__klKeyFrameMs = [];
  w.__klEventTimingMs = [];
  w.__klKeyCount = 0;
  w.__klResetKeys = () => {
    w.__klKeyFrameMs = [];
    w.__klEventTimingMs = [];
    w.__klKeyCount = 0;
  };
  const watchGrid = () => {
    const observer = new MutationObserver(() => {
      const rows = document.querySelectorAll('table.matrix tbody tr');
      const last = rows[rows.length - 1];
      if (rows.length > 0 && last.querySelectorAll('td').length > 0 && w.__klGridReadyAt === undefined) {
        // The end of the frame that paints the grid: cells exist and their handlers are bound.
        requestAnimationFrame(() => setTimeout(() => (w.__klGridReadyAt ??= performance.now())));
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  watchGrid();
  document.addEventListener(
    'keydown',
    (event) => {
      w.__klKeyCount += 1;
      const started = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => w.__klKeyFrameMs.push(performance.now() - started)));
    },
    { capture: true },
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown') w.__klEventTimingMs.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByRole('textbox', { name: 'Lösenord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
}

/** Percentile of samples where the Event Timing API left out the fast ones (< 16 ms count as 16 ms). */
function eventTimingP98(figures: TeamFigures): number {
  const fast = Math.max(0, figures.keys - figures.eventTimingMs.length);
  const all = [...figures.eventTimingMs, ...Array.from({ length: fast }, () => 16)].sort((a, b) => a - b);
  return all[Math.min(all.length - 1, Math.floor(0.98 * all.length))] ?? 0;
}

function rows(figures: Map<TeamSize, TeamFigures>): BrowserRow[] {
  const load = (size: TeamSize) => stats((figures.get(size) as TeamFigures).loadMs);
  const render = (size: TeamSize) => stats((figures.get(size) as TeamFigures).renderMs);
  const loadText = (size: TeamSize) =>
    `p95 ${load(size).p95Ms.toFixed(0)} ms (mean ${load(size).meanMs.toFixed(0)}; of it rendering after the matrix response: mean ${render(size).meanMs.toFixed(0)} ms)`;
  const key = (size: TeamSize) => stats((figures.get(size) as TeamFigures).keyFrameMs);
  const describe = (size: TeamSize) => {
    const f = figures.get(size) as TeamFigures;
    return `key→frame p95 ${key(size).p95Ms.toFixed(1)} ms (mean ${key(size).meanMs.toFixed(1)}); event timing p98 ${eventTimingP98(f).toFixed(0)} ms, max ${Math.max(16, ...f.eventTimingMs).toFixed(0)} ms, ${f.keys} keys`;
  };
  return [
    {
      scenario: `matrix page load 40 × 26 in Chromium (navigation to every cell painted) p95 vs 300 ms`,
      measured: `${loadText(40)}, ${LOADS} loads`,
      baseline: 'target 300 ms',
      ratio: load(40).p95Ms / 300,
      target: 1,
    },
    {
      scenario: 'matrix page load 60 × 26 vs 10 × 26 (grows with the team?)',
      measured: loadText(60),
      baseline: loadText(10),
      ratio: load(60).p95Ms / load(10).p95Ms,
      target: 2,
    },
    {
      scenario: `typing levels in the 60 × 26 matrix: key→frame p95 vs INP target 200 ms`,
      measured: describe(60),
      baseline: 'target 200 ms',
      ratio: Math.max(key(60).p95Ms, eventTimingP98(figures.get(60) as TeamFigures)) / 200,
      target: 1,
    },
    {
      scenario: 'typing levels: 60 × 26 vs 10 × 26 (key→frame p95)',
      measured: `p95 ${key(60).p95Ms.toFixed(1)} ms`,
      baseline: describe(10),
      ratio: key(60).p95Ms / key(10).p95Ms,
      target: 2,
    },
  ];
}

/** Kommun 1280: one open round over three units of 10, 40 and 60 caseworkers, a team leader each. */
async function seedTeams(databaseUrl: string): Promise<Map<TeamSize, string>> {
  const owner = new Client({ connectionString: databaseUrl });
  await owner.connect();
  const q = async <T>(sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows as T[];
  try {
    await q('BEGIN');
    const [{ id: municipalityId }] = await q<{ id: string }>(`SELECT id FROM municipality WHERE code = '1280'`);
    await q(`SELECT set_config('app.municipality_id', $1, true)`, [municipalityId]);
    const [{ id: frameworkId }] = await q<{ id: string }>(
      `SELECT id FROM competence_framework WHERE status = 'published' ORDER BY code, version LIMIT 1`,
    );
    const passwordHash = await hashPassword(PASSWORD);
    const teams = new Map<TeamSize, string>();
    const unitIds: string[] = [];
    for (const size of TEAMS) {
      const [{ id: unitId }] = await q<{ id: string }>(
        `INSERT INTO org_unit (municipality_id, kind, name, service_area_id)
         VALUES ($1, 'unit', $2, (SELECT id FROM service_area WHERE code = 'barn-och-unga')) RETURNING id`,
        [municipalityId, `Bench ${size}`],
      );
      unitIds.push(unitId);
      await q(
        `INSERT INTO staff_member (municipality_id, employee_number, first_name, last_name, unit_id, role, gender, fte,
                                   employment_type, employment_start, experience_start, degree)
         SELECT $1, 'W' || $3::int || '-' || i, 'Person', 'Nummer ' || lpad(i::text, 3, '0'), $2, 'caseworker', 'woman',
                1.00, 'permanent', DATE '2020-01-01', DATE '2020-01-01', 'social_work'
         FROM generate_series(1, $3::int) AS i`,
        [municipalityId, unitId, size],
      );
      const email = `bench-matrix-${size}@test.example`;
      const [{ id: accountId }] = await q<{ id: string }>(
        `INSERT INTO user_account (email, password_hash, display_name, role, municipality_id, status)
         VALUES ($1, $2, $3, 'team_leader', $4, 'active') RETURNING id`,
        [email, passwordHash, `Bench ${size}`, municipalityId],
      );
      await q('INSERT INTO user_account_unit (account_id, unit_id) VALUES ($1, $2)', [accountId, unitId]);
      teams.set(size, email);
    }
    await q(
      `INSERT INTO inventory_round (municipality_id, name, framework_id, reference_date, opens_on, closes_on, unit_ids, status)
       VALUES ($1, 'Bench webb 2026', $2, '2026-10-01', '2026-09-01', '2026-12-31', $3::uuid[], 'open')`,
      [municipalityId, frameworkId, unitIds],
    );
    await q('COMMIT');
    return teams;
  } finally {
    await owner.end();
  }
}
