import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

describe('A visitor opens Kompetensläget', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    // axe needs pages created from an explicit context.
    context = await browser.newContext({ locale: 'sv-SE' });
    page = await context.newPage();
    problems = watchForErrors(page);
  });
  afterEach(() => context.close());

  it('sees the Swedish start page with no console errors and no WCAG 2.1 AA violations', async () => {
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Kompetensläget i socialtjänsten' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.title()).toBe('Kompetensläget');
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('can skip to the main content with the keyboard', async () => {
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(problems).toEqual([]);
  });

  it('gets the Swedish 404 page on a deep link that does not exist, and finds the way back', async () => {
    await page.goto(`${baseUrl()}/finns/inte`);
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Gå till startsidan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kompetensläget i socialtjänsten' }).waitFor();
    expect(problems).toEqual([]);
  });
});
