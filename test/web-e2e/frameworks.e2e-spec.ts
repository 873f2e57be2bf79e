import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/** docs/frameworks.md: a kommun makes a framework of its own from an example, adapts it and publishes it. */
describe('Kompetensmodeller: a kommun administrator copies the ekonomiskt-bistånd example, adapts and publishes it', () => {
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

  it('copies the example, renames a topic by keyboard, publishes, and the version is frozen', async () => {
    // A code of this run's own, so the journey can run again on the same database.
    const code = `EB-E2E${Date.now().toString(36).toUpperCase()}`;
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ramverk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kompetensramverk' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Skapa en kompetensmodell' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Utgå från exempel' }).click();
    const example = page.getByRole('radio', { name: /Exempel – kompetensmodell för ekonomiskt bistånd/ });
    await example.waitFor();
    // Nothing chosen yet: the error summary links to what is missing.
    await page.getByRole('button', { name: 'Kopiera till ett utkast' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Välj ett exempel.' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await example.check();
    expect(await page.getByLabel('Namn', { exact: true }).inputValue()).toBe('Kompetensmodell för ekonomiskt bistånd');
    await page.getByLabel('Kod', { exact: true }).fill(code);
    await page.getByLabel('Namn', { exact: true }).fill('Ekonomiskt bistånd i Demokommunen');
    await page.getByLabel('Namn', { exact: true }).press('Enter');

    await page.getByRole('heading', { level: 1, name: /^Ekonomiskt bistånd i Demokommunen/ }).waitFor();
    expect(await page.locator('.facts').first().innerText()).toContain(code);
    expect(await page.locator('.topic-list li').first().innerText()).toContain('SKL 2015');
    expect(await accessibilityViolations(page)).toEqual([]);

    const edit = page.getByRole('button', { name: 'Ändra Grundutredning av rätten till bistånd' });
    await edit.focus();
    await page.keyboard.press('Enter');
    const name = page.getByLabel('Nytt namn på inriktningen Grundutredning av rätten till bistånd');
    await page.waitForFunction(() => document.activeElement?.id === 'rename-name');
    await name.fill('Nybesök och grundutredning');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Grundutredning av rätten till bistånd heter nu Nybesök och grundutredning.' }).waitFor();
    expect(await page.locator('.topic-list li').first().innerText()).toContain('Nybesök och grundutredning');

    await page.getByRole('button', { name: 'Publicera versionen' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'confirm-publish');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Versionen är publicerad och kan inte längre ändras.' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Utkast' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Exportera XLSX' }).getAttribute('href')).toMatch(/\/export\?format=xlsx$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
