import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';
import { readFirstSheet, type SheetValue } from './support/xlsx';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/** A number as the page writes it: rounded half away from zero, decimal comma. */
const swedish = (value: number, digits: number) =>
  (Math.sign(value) * Math.round(Math.abs(value) * 10 ** digits + 1e-9)) / 10 ** digits;
const asPageText = (value: SheetValue, digits = 1) =>
  typeof value === 'number' ? swedish(value, digits).toFixed(digits).replace('.', ',') : value;
const asPagePercent = (value: SheetValue) =>
  typeof value === 'number' ? `${asPageText(value * 100)} %` : value;

const cellTexts = (row: Locator) =>
  row.locator('th, td').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText.trim()));

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

    await page.getByRole('group', { name: 'Visa nivåfördelningen som' }).getByRole('button', { name: 'Diagram' }).click();
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

  it('a team leader downloads the distribution as XLSX with the figures of the table, and reads the trend across rounds', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.team_leader);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('heading', { name: 'Täckning' }).waitFor();
    const tableRows = page.locator('table.distribution tbody tr');
    const onPage = await Promise.all((await tableRows.all()).map(cellTexts));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ned som Excel (XLSX): nivåfördelningen' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('nivafordelning-demoinventering.xlsx');
    const sheet = readFirstSheet(new Uint8Array(await readFile((await download.path()) as string)));
    expect(sheet.name).toBe('Nivåfördelning');
    expect(sheet.rows[0].slice(0, 4)).toEqual(['Nivå i tabellen', 'Kod', 'Namn', 'Saknar tillräcklig (S), årsarbetare']);
    expect(sheet.rows).toHaveLength(onPage.length + 1);
    // Every row of the file holds the table's figures: FTE and shares as numbers the page rounds.
    onPage.forEach((cells, i) => {
      const row = sheet.rows[i + 1];
      expect(cells[0]).toContain(row[2] as string);
      expect(cells.slice(1, 5)).toEqual(row.slice(3, 7).map((v) => asPageText(v, 2)));
      expect(cells.slice(5, 8)).toEqual(row.slice(7, 10).map(asPagePercent));
      expect(cells[8]).toBe(asPageText(row[10], 2));
      expect(cells.slice(9)).toEqual(row.slice(11, 13).map(String));
    });

    const trend = page.locator('section[aria-labelledby="trend-heading"]');
    await trend.getByRole('heading', { name: 'Trend över omgångarna' }).waitFor();
    // Two seeded closed rounds before the open one: a chart per area, each with a bar per round assessed.
    await trend.locator('kl-stacked-bar-chart svg.ngx-charts').first().waitFor({ state: 'attached' });
    expect(await trend.locator('kl-stacked-bar-chart').count()).toBe(5);
    expect(await trend.locator('kl-stacked-bar-chart [role=img]').first().getAttribute('aria-label')).toMatch(
      /^Staplat stapeldiagram med [23] staplar: (Vår|Höst) \d{4}, (Vår|Höst) \d{4}/,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await trend.getByRole('button', { name: 'Tabell' }).click();
    const trendRows = trend.locator('table.trend tbody tr:not(.area)');
    // count() does not wait: the table renders after the click.
    await trendRows.first().waitFor();
    expect(await trendRows.count()).toBe(5 * 3);
    expect(await accessibilityViolations(page)).toEqual([]);
    const [trendDownload] = await Promise.all([
      page.waitForEvent('download'),
      trend.getByRole('button', { name: 'Ladda ned som Excel (XLSX): trenden per område' }).click(),
    ]);
    const trendSheet = readFirstSheet(new Uint8Array(await readFile((await trendDownload.path()) as string)));
    expect(trendSheet.rows).toHaveLength(5 * 3 + 1);
    const firstRow = await cellTexts(trendRows.first());
    expect(firstRow.slice(2, 5)).toEqual(trendSheet.rows[1].slice(8, 11).map(asPagePercent));
    expect(problems).toEqual([]);
  });
});
