import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/** The demo seeds kommun-wide målnivåer for caseworkers and the team leader's levels of Hanna Handläggare. */
describe('Målnivåer: HR sets a target for a unit and the person page shows the gap', () => {
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
  const belowCount = async () => {
    const summary = await page.locator('.target-summary').innerText();
    const match = /(\d+) av 26 inriktningar under målnivå/.exec(summary);
    expect(match).not.toBeNull();
    return Number(match?.[1]);
  };
  const openHanna = async () => {
    await nav().getByRole('link', { name: 'Medarbetare' }).click();
    await page.getByLabel('Sök på namn eller anställningsnummer').fill('Hanna Handläggare');
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.getByRole('link', { name: 'Handläggare, Hanna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hanna Handläggare', exact: true }).waitFor();
    await page.locator('.target-summary').waitFor();
  };
  const sa01Row = () => page.locator('table.levels tbody tr').filter({ hasText: 'SA01' });

  it('sets fördjupad in one topic for Mottagning; Hanna’s page then shows one more topic under målnivå', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
    await openHanna();
    const before = await belowCount();
    expect(await sa01Row().innerText()).toContain('Når målnivån');

    await nav().getByRole('link', { name: 'Målnivåer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Målnivåer' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Målnivåer för handläggare, hela kommunen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const unit = page.getByLabel('Enhet', { exact: true });
    const mottagning = await unit.locator('option', { hasText: 'Mottagning barn och unga' }).getAttribute('value');
    await unit.selectOption(mottagning as string);
    await page.getByRole('heading', { level: 2, name: 'Målnivåer för handläggare, Mottagning barn och unga' }).waitFor();
    const sa01 = page.getByLabel('SA01 Barn och ungas utveckling');
    expect((await sa01.locator('option:checked').innerText()).trim()).toBe('Ärv (hela kommunen: Grundläggande)');
    await sa01.selectOption({ label: 'Fördjupad' });
    await page.getByRole('status').filter({ hasText: '1 inriktning har osparade ändringar' }).waitFor();
    await page.getByRole('button', { name: 'Spara målnivåer' }).click();
    await page.getByRole('status').filter({ hasText: /^Alla ändringar är sparade \(/ }).waitFor();
    expect(await page.locator('tr').filter({ hasText: 'SA01' }).innerText()).toContain('Fördjupad, satt här');
    expect(await accessibilityViolations(page)).toEqual([]);

    await openHanna();
    expect(await belowCount()).toBe(before + 1);
    expect(await sa01Row().innerText()).toContain('Under målnivå (1 steg)');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a caseworker sees her own målnivåer and gaps on Min kompetens', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.caseworker);
    await nav().getByRole('link', { name: 'Min kompetens' }).click();
    await page.getByRole('heading', { name: 'Min kompetens', level: 1 }).waitFor();
    await page.locator('.target-summary').waitFor();
    expect(await belowCount()).toBeGreaterThan(0);
    expect(await page.locator('table.levels thead').first().innerText()).toContain('Jämfört med målnivån');
    expect(await page.locator('table.levels tbody tr').filter({ hasText: 'SA07' }).innerText()).toContain('Under målnivå');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
