import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/** axe over a page of 290 kommuner and several tables takes seconds on a busy machine. */
const JOURNEY_TIMEOUT_MS = 180_000;

/** Sweden's län: the comparison by län has a bar and a row for each. */
const COUNTIES = 21;

/**
 * The national tier on the demo (libs/api/seed/src/lib/demo-national.ts): national rounds for the
 * demo kommun's two latest closed rounds, every kommun in them, and this year's round open with the
 * demo kommun not yet in. The analyst reads the latest closed round (nothing here changes it); the
 * administrator submits to the open round, which no other journey reads.
 */
describe('National tier: the analyst reads a round, the kommun administrator previews and submits', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    problems = watchForErrors(page);
  });
  afterEach(() => browser.close());

  const nav = () => page.getByRole('navigation', { name: 'Huvudmeny' });
  const tableRows = async (caption: string) =>
    (
      await page
        .locator('table')
        .filter({ has: page.locator('caption', { hasText: new RegExp(`^\\s*${caption}\\s*(\\(|$)`) }) })
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())))
    );
  const breakdownRows = () =>
    page
      .locator('table.breakdown tbody tr')
      .evaluateAll((rows) => rows.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
  const lastColumn = (rows: string[][]) => rows.map((r) => Number(r[r.length - 1]));

  it('national analyst: opens a round, filters the tables by kommungrupp and län, and reads the charts', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.national_analyst);
    await nav().getByRole('link', { name: 'Nationella omgångar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nationella omgångar' }).waitFor();
    const closed = page.locator('tbody tr').filter({ hasText: 'Stängd' }).first();
    await closed.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const code = (await closed.locator('th a').innerText()).trim();
    await closed.getByRole('link', { name: code }).click();
    await page.getByRole('heading', { level: 1, name: `Nationell omgång ${code}` }).waitFor();

    // Every kommun submitted to the closed demo rounds: N counts the kommuner with assessed FTE in a
    // topic, all 290 of Sweden's but perhaps the demo kommun, whose own data may lack a topic.
    const topicRow = page.locator('table').filter({ has: page.locator('caption', { hasText: 'Inriktningar' }) }).locator('tbody tr').first();
    await topicRow.waitFor();
    const all = lastColumn(await tableRows('Inriktningar'));
    expect(Math.max(...all)).toBeGreaterThanOrEqual(289);
    expect(Math.max(...all)).toBeLessThanOrEqual(290);

    // The charts: level bars per area and topic, the trend lines and the comparison by kommungrupp.
    await page.locator('table.breakdown').waitFor();
    expect(await page.locator('kl-stacked-bar-chart svg').count()).toBe(3);
    expect(await page.locator('kl-line-chart svg').count()).toBe(1);
    const lines = await page.locator('kl-line-chart .legend li').allInnerTexts();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => /: \d+(,\d)? %$/.test(l))).toBe(true);
    // The trend reaches back to every round up to this one, the earlier demo round included.
    expect(await page.locator('kl-line-chart .plot').getAttribute('aria-label')).toMatch(/^Linjediagram med \d+ linjer över \d{4}, \d{4}/);
    expect(await page.locator('table.breakdown caption').innerText()).toMatch(/ per kommungrupp$/);
    const groups = await breakdownRows();
    expect(groups.length).toBeGreaterThanOrEqual(9);
    expect(groups.every((g) => /^\d+,\d %$/.test(g[1]))).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Jämför', { exact: true }).selectOption('lan');
    await page.locator('table.breakdown caption', { hasText: 'per län' }).waitFor();
    expect(await breakdownRows()).toHaveLength(COUNTIES);
    expect(await page.locator('kl-stacked-bar-chart').nth(1).locator('.plot').getAttribute('aria-label')).toMatch(
      new RegExp(`^Staplat stapeldiagram med ${COUNTIES} staplar: Stockholms län`),
    );

    // Kommungrupp A1 (storstäder) in Stockholms län is Stockholm alone: N is 1 wherever anyone was assessed.
    await page.getByLabel('Kommungrupp', { exact: true }).selectOption('A1');
    await page.getByLabel('Län', { exact: true }).selectOption('01');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('table')).find((t) => t.querySelector('caption')?.textContent?.includes('Inriktningar'));
      return !!rows && Array.from(rows.querySelectorAll('tbody tr')).every((tr) => ['0', '1'].includes(tr.lastElementChild?.textContent?.trim() ?? ''));
    });
    const filtered = lastColumn(await tableRows('Inriktningar'));
    expect(Math.max(...filtered)).toBe(1);
    expect(lastColumn(await tableRows('Kompetensområden')).every((n) => n === 1)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  }, JOURNEY_TIMEOUT_MS);

  it('kommun administrator: previews the submission built from the demo data, sees its checks, and submits', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
    await nav().getByRole('link', { name: 'Nationell inlämning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nationell inlämning' }).waitFor();
    const open = page.locator('#own-round option', { hasText: 'Öppen för inlämning' });
    await open.first().waitFor({ state: 'attached' });
    const code = (await open.first().getAttribute('value')) as string;
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Nationell omgång').selectOption(code);
    expect(await page.getByLabel('Kommunens avslutade omgång').inputValue()).not.toBe('');
    await page.getByLabel('Kompetensen följs upp vid medarbetarsamtal').selectOption('ja');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const preview = page.getByRole('region', { name: `Det här skickas till omgång ${code}` });
    await preview.waitFor();
    const checks = await preview.locator('ul').first().innerText();
    expect(checks).toMatch(/\d+ handläggare och \d+ arbetsledare i omgångens population/);
    // The other six indicators are unanswered, and the preview says so.
    expect(checks).toContain('6 frågor om kommunens arbete är inte besvarade');
    // Whoever the national tables lack something of is named, with what, for the administrator (the
    // demo's frozen population may lack nothing; the list is then absent).
    const toComplete = /(\d+) (person|personer) saknar uppgifter/.exec(checks);
    if (toComplete) {
      const named = await tableRows('Att komplettera före inlämning');
      expect(named).toHaveLength(Number(toComplete[1]));
      expect(named.every((r) => r[0].length > 0 && r[3].length > 0)).toBe(true);
    } else {
      expect(await page.locator('table.to-complete').count()).toBe(0);
    }
    const sent = await preview.locator('caption', { hasText: 'Raderna som skickas' }).innerText();
    const rows = Number(/\((\d+)\)/.exec(sent)?.[1]);
    expect(rows).toBeGreaterThan(80);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Jag har granskat uppgifterna och lämnar in dem för kommunen.').check();
    await page.getByRole('button', { name: 'Signera och lämna in' }).click();
    await page.getByText(`Inlämnat till omgång ${code}: ${rows} rader.`).waitFor();
    const mine = await tableRows('Kommunens inlämningar');
    expect(mine[0].slice(0, 5)).toEqual([code, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'Från kommunens egna uppgifter', String(rows), 'Gäller']);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  }, JOURNEY_TIMEOUT_MS);
});
