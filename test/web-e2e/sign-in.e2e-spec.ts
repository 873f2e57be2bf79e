import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

describe('Signing in as each role of the demo kommun', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'sv-SE' });
    page = await context.newPage();
    problems = watchForErrors(page);
  });
  afterEach(() => context.close());

  it('shows an accessible login page that says what is wrong in Swedish', async () => {
    await page.goto(`${baseUrl()}/logga-in`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').getByText('Ange din e-postadress').waitFor();
    await page.getByLabel('E-postadress').fill('hr@demo.example');
    await page.getByRole('textbox', { name: 'Lösenord' }).fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').getByText('Fel e-postadress eller lösenord.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // The refused sign-in is an expected 401; nothing else may fail.
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
  });

  it('sends a visitor of a signed-in page to the login page and back after signing in', async () => {
    await page.goto(`${baseUrl()}/mitt-konto`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByLabel('E-postadress').fill(DEMO_LOGINS.caseworker.email);
    await page.getByRole('textbox', { name: 'Lösenord' }).fill(DEMO_LOGINS.caseworker.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    expect(page.url()).toBe(`${baseUrl()}/mitt-konto`);
    expect(problems).toEqual([]);
  });

  for (const [role, login] of Object.entries(DEMO_LOGINS)) {
    it(`${role}: sees its own navigation and account, and signs out`, async () => {
      await signIn(page, baseUrl(), login);
      const navigation = page.getByRole('navigation', { name: 'Huvudmeny' });
      expect(await navigation.getByRole('link').allTextContents()).toEqual(login.navigation);
      await navigation.getByRole('link', { name: 'Mitt konto' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
      expect(await page.getByText(login.roleLabel, { exact: true }).isVisible()).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Logga ut', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
      expect(await navigation.getByRole('link').allTextContents()).toEqual(['Start', 'Nationell statistik']);
      expect(problems).toEqual([]);
    });
  }
});
