import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/**
 * HR opens the staffing page: five years of leavers (the demo's nameless periods), the forecast
 * with the two caseworkers planned for 2027, the competence at risk; downloads the forecast and
 * goes from the topic most at risk to the course catalogue to plan training for it
 * (docs/workforce.md).
 */
describe('Workforce planning: HR reads the forecast and plans training for the topics at risk', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    problems = watchForErrors(page);
  });
  afterEach(() => browser.close());

  it('shows turnover, the forecast and the competence at risk, and reaches the catalogue on that topic', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bemanning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bemanning och prognos' }).waitFor();
    await page.getByRole('heading', { name: 'Rekryteringsbehov de kommande tre åren' }).waitFor();
    const turnoverRows = page.locator('section[aria-labelledby="turnover-heading"] tbody tr');
    await turnoverRows.first().waitFor();
    expect(await turnoverRows.count()).toBeGreaterThanOrEqual(5);

    const nextYear = String(new Date().getFullYear() + 1);
    const forecastRow = page.getByRole('table', { name: /Prognos/ }).locator('tbody tr').filter({ hasText: nextYear });
    if (nextYear === '2027') expect((await forecastRow.locator('td').allInnerTexts())[2]).toBe('2');
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ned som CSV: prognosen' }).click(),
    ]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv).toContain('Att rekrytera, förväntat');

    // A vacancy entered by mistake is removed from the page (the list reloads after the message).
    const vacancyRows = page.locator('section[aria-labelledby="vacancies-heading"] tbody tr');
    const added = vacancyRows.filter({ hasText: '2026-11-02' });
    const before = await vacancyRows.count();
    const sameDay = await added.count();
    await page.getByLabel('Öppnad', { exact: true }).fill('2026-11-02');
    await page.getByRole('button', { name: 'Lägg till vakansen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vakansen är sparad.' }).waitFor();
    await added.nth(sameDay).waitFor();
    expect(await vacancyRows.count()).toBe(before + 1);
    await page.getByRole('button', { name: /^Ta bort vakansen i .* öppnad 2026-11-02$/ }).first().click();
    await page.getByRole('status').filter({ hasText: 'Vakansen är borttagen.' }).waitFor();
    await added.nth(sameDay).waitFor({ state: 'detached' });
    expect(await vacancyRows.count()).toBe(before);

    const plan = page.getByRole('link', { name: /^Planera utbildning i / }).first();
    const topic = ((await plan.innerText()).match(/i (\S+)$/) as RegExpMatchArray)[1];
    await plan.click();
    await page.getByRole('heading', { level: 1, name: 'Utbildningar' }).waitFor();
    // The topics arrive after the heading: wait for the select to show the topic the link named.
    await page.waitForFunction((code) => (document.getElementById('filter-topic') as HTMLSelectElement | null)?.value === code, topic);
    expect(await page.getByLabel('Inriktning').inputValue()).toBe(topic);
    expect(problems).toEqual([]);
  });

  it('reads on a phone without the page scrolling sideways, and a team leader sees their units without the forecast', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.team_leader);
    // Through the menu (a page.goto would abort the start page's requests in flight), then to phone width.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bemanning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bemanning och prognos' }).waitFor();
    await page.getByRole('heading', { name: 'Personalomsättning' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.getByRole('heading', { name: 'Rekryteringsbehov de kommande tre åren' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Åldersstruktur och pensionsavgångar' }).count()).toBe(0);
    // The charts redraw for the new width once the resize has settled.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, undefined, { timeout: 5000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
