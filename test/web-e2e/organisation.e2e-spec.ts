import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

describe('A kommun administrator builds the organisation in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    problems = watchForErrors(page);
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
  });
  afterAll(() => browser.close());

  const nav = () => page.getByRole('navigation', { name: 'Huvudmeny' });

  it('creates a unit, adds a caseworker with the form, finds, edits and sees the history', async () => {
    await nav().getByRole('link', { name: 'Enheter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enheter' }).waitFor();
    await page.getByText('Socialförvaltningen').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Namn', { exact: true }).fill('Ungdomsenheten');
    await page.getByLabel('Typ').selectOption({ label: 'Enhet' });
    await page.getByLabel('Verksamhetsområde').selectOption({ label: 'Barn och unga' });
    const parent = page.getByLabel('Ligger under');
    const barnOchFamilj = await parent.locator('option', { hasText: 'Barn och familj' }).first().getAttribute('value');
    await parent.selectOption(barnOchFamilj as string);
    await page.getByRole('button', { name: 'Skapa enhet' }).click();
    await page.getByRole('status').filter({ hasText: 'Ungdomsenheten' }).waitFor();

    await nav().getByRole('link', { name: 'Medarbetare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Medarbetare' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Lägg till medarbetare' }).click();
    await page.getByLabel('Anställningsnummer').waitFor();
    // Saving the empty form says what is missing, in Swedish, before anything is sent.
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Anställningsnummer');

    await page.getByLabel('Anställningsnummer').fill('E2E-1');
    await page.getByLabel('Förnamn').fill('Ebba');
    await page.getByLabel('Efternamn').fill('Östlund');
    await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Socialförvaltningen › Barn och familj › Ungdomsenheten' });
    await page.getByLabel('Roll').selectOption({ label: 'Handläggare' });
    await page.getByLabel('Kön').selectOption({ label: 'Kvinna' });
    await page.getByLabel('Sysselsättningsgrad').fill('75');
    await page.getByLabel('Anställningsform').selectOption({ label: 'Tillsvidare' });
    // Hired after the demo round's reference date: not in its population, which other journeys count.
    await page.getByLabel('Anställd från').fill('2027-01-07');
    await page.getByLabel('Yrkeserfarenhet från').fill('2024-06-15');
    await page.getByLabel('Examen', { exact: true }).selectOption({ label: 'Socionomexamen' });
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/Sparat kl\./).waitFor();

    await nav().getByRole('link', { name: 'Medarbetare' }).click();
    await page.getByLabel('Sök på namn eller anställningsnummer').fill('östlund');
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.getByRole('link', { name: 'Östlund, Ebba' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ebba Östlund', exact: true }).waitFor();

    await page.getByRole('link', { name: 'Redigera uppgifterna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera Ebba Östlund' }).waitFor();
    await page.getByLabel('Sysselsättningsgrad').fill('100');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/Sparat kl\./).waitFor();
    await page.getByRole('link', { name: 'Visa medarbetaren och ändringshistoriken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ebba Östlund', exact: true }).waitFor();
    const history = page.getByRole('region', { name: 'Ändringshistorik' });
    await history.getByRole('article').nth(1).waitFor();
    expect(await history.getByRole('article').count()).toBe(2);
    expect(await history.innerText()).toContain('Sysselsättningsgrad');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('plans a new inventory round and sees the open demo round beside it', async () => {
    await nav().getByRole('link', { name: 'Omgångar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inventeringsomgångar' }).waitFor();
    await page.getByRole('row', { name: /^Demoinventering Kompetensinventering/ }).getByText('Öppen').waitFor();
    await page.getByLabel('Namn').fill('Vår 2027');
    // In the spring: a round whose window has begun opens by the round clock, and a second open
    // round on the demo framework would become the "current" round of every person page.
    await page.getByLabel('Referensdatum', { exact: true }).fill('2027-04-01');
    await page.getByLabel('Öppnar', { exact: true }).fill('2027-03-01');
    await page.getByLabel('Stänger', { exact: true }).fill('2027-05-31');
    await page.getByRole('button', { name: 'Planera omgången' }).click();
    await page.getByRole('status').filter({ hasText: 'Omgången Vår 2027 är planerad' }).waitFor();
    await page.getByRole('row', { name: /Vår 2027/ }).getByText('Planerad').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
