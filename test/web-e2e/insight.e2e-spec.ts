import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

describe('The overview and the caseworker’s own page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    problems = watchForErrors(page);
  });
  afterEach(() => browser.close());

  it('a team leader reads the overview as tables, switches to the chart, and axe finds no violations', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.team_leader);
    // One level recorded first, so that the distribution has something to draw.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kompetensmatris' }).click();
    await page.locator('td[data-r="0"][data-c="0"]').click();
    await page.keyboard.press('s');
    await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade' }).waitFor({ timeout: 15_000 });
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('heading', { name: 'Täckning' }).waitFor();
    await expect(page.locator('.coverage').innerText()).resolves.toMatch(/^\d+ av \d+ medarbetare bedömda/);
    expect(await page.locator('table.distribution tbody tr').count()).toBeGreaterThan(26);
    expect(await page.locator('table.heatmap thead th').count()).toBe(27);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Diagram' }).click();
    // The charts render lazily (ngx-charts and the animations module are separate chunks).
    await page.locator('kl-stacked-bar-chart svg.ngx-charts').first().waitFor({ state: 'attached' });
    expect(await page.locator('kl-stacked-bar-chart [role=img]').first().getAttribute('aria-label')).toMatch(/^Staplat stapeldiagram med [1-9]/);
    expect(await page.locator('kl-stacked-bar-chart').count()).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });

  it('a caseworker sees their own levels and the self-assessment form', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.caseworker);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min kompetens' }).click();
    await page.getByRole('heading', { name: 'Min kompetens', level: 1 }).waitFor();
    await page.getByText('Kompetensnivåer').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
