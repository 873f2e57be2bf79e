import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/**
 * Issue 15: every caseworker inventoried against a framework for their own work. A kommun
 * administrator copies the vuxna-och-missbruk example, publishes it, opens a round on it beside the
 * barn-och-unga and ekonomiskt-bistånd rounds of the demo, fills its matrix by keyboard and sees the
 * three service areas side by side on the overview.
 */
describe('Every service area: a framework made in the browser, its own round and matrix, side by side', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    problems = watchForErrors(page);
  });
  afterAll(() => browser.close());

  const nav = () => page.getByRole('navigation', { name: 'Huvudmeny' });
  // This run's own code and names, so the journey can run again on the same database.
  const run = Date.now().toString(36).toUpperCase();
  const frameworkName = `Vuxna och missbruk ${run}`;
  const roundName = `Vuxna och missbruk ${run}`;

  it('copies the example, publishes it and opens a round on it', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
    await nav().getByRole('link', { name: 'Ramverk' }).click();
    await page.getByRole('heading', { level: 2, name: 'Skapa en kompetensmodell' }).waitFor();
    await page.getByRole('button', { name: 'Utgå från exempel' }).click();
    await page.getByRole('radio', { name: /Exempel – kompetensmodell för vuxna, missbruk och beroende/ }).check();
    await page.getByLabel('Kod', { exact: true }).fill(`VM-E2E${run}`);
    await page.getByLabel('Namn', { exact: true }).fill(frameworkName);
    await page.getByLabel('Namn', { exact: true }).press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${frameworkName}`) }).waitFor();
    await page.getByRole('button', { name: 'Publicera versionen' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'confirm-publish');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Versionen är publicerad och kan inte längre ändras.' }).waitFor();

    await nav().getByRole('link', { name: 'Omgångar' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ny omgång' }).waitFor();
    await page.getByLabel('Namn', { exact: true }).fill(roundName);
    await page.getByLabel('Kompetensramverk').selectOption({ label: `${frameworkName}, version 1 (kommunens egen)` });
    await page.getByRole('button', { name: 'Planera omgången' }).click();
    const row = page.getByRole('row').filter({ hasText: roundName });
    await row.getByRole('button', { name: `Öppna ${roundName}` }).click();
    await row.filter({ hasText: 'Öppen' }).waitFor();
    // The rounds of three service areas are open at once; each counts its own area's staff.
    expect(await row.innerText()).toContain('inom Vuxna/missbruk');
    expect(await row.innerText()).toContain('7 handläggare och 1 arbetsledare');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('fills the new round’s matrix by keyboard, and the overview shows the service areas side by side', async () => {
    await nav().getByRole('link', { name: 'Kompetensmatris' }).click();
    const roundSelect = page.getByLabel('Inventeringsomgång');
    await roundSelect.waitFor();
    const option = await roundSelect.locator('option', { hasText: roundName }).getAttribute('value');
    await roundSelect.selectOption(option as string);
    await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Socialförvaltningen › Vuxen och försörjning › Vuxna missbruk' });
    await page.getByRole('grid').waitFor();
    // The example's 13 topics, the unit's 7 caseworkers.
    expect(await page.locator('th[scope=col].topic').count()).toBe(13);
    expect(await page.locator('tbody th[scope=row]').count()).toBe(7);

    await page.locator('td[data-r="0"][data-c="0"]').focus();
    const keys = ['g', 'f', 's', 'g', 'g', 'f', 's', 'g', 'g', 'g', 'f', 'g', 's'];
    for (const key of keys) await page.keyboard.press(key);
    await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade' }).waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.getByRole('grid').waitFor();
    const first = await Promise.all(keys.map((_key, col) => page.locator(`td[data-r="0"][data-c="${col}"]`).innerText()));
    expect(first).toEqual(keys.map((key) => key.toUpperCase()));
    expect(await accessibilityViolations(page)).toEqual([]);

    await nav().getByRole('link', { name: 'Översikt' }).click();
    const panel = page.locator('section[aria-labelledby="service-areas-heading"]');
    await panel.waitFor();
    const areas = panel.getByRole('row');
    await areas.filter({ hasText: roundName }).waitFor();
    const texts = (await areas.allInnerTexts()).slice(1);
    expect(texts.map((text) => text.split('\t')[0])).toEqual(['Barn och unga', 'Ekonomiskt bistånd', 'Vuxna/missbruk']);
    expect(texts[2]).toContain('1 av 7 medarbetare bedömda');
    // From the row to that round's own overview: its areas are the example's.
    await panel.getByRole('button', { name: 'Visa översikten för Vuxna/missbruk' }).click();
    await page.getByText(`1 av 7 medarbetare bedömda (14,3 %) i ${roundName}.`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
