import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/**
 * HR reads on one page whether training moved levels: the demo's "Evidensbaserad praktik i
 * utredningen" (EP01), held between the two closed rounds, 7 participants beside 6 comparable
 * non-participants (docs/training.md §7); downloads the table as CSV; follows the link to the gap
 * chart beside the training aimed at it.
 */
describe('Training reports: HR reads the effect of training and the gap beside the training', () => {
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

  it('shows the effect beside the comparable, downloads it, and reaches the mismatch chart', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utbildningsuppföljning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utbildningsuppföljning' }).waitFor();
    const row = page.locator('tbody tr').filter({ hasText: 'Evidensbaserad praktik i utredningen' });
    await row.waitFor();
    expect((await row.locator('th, td').allInnerTexts()).slice(2)).toEqual([
      '7', '0,86', '85,7 %', '6', '0,33', '33,3 %', '0,52', '0',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner CSV: Effekt av utbildning per kurs och inriktning' }).click(),
    ]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv).toContain('Evidensbaserad praktik i utredningen;EP01 Evidensbaserad praktik;7;0,86;85,7 %;6;0,33;33,3 %;0,52;0');

    await page.getByRole('link', { name: /Glapp per inriktning bredvid utbildningsvolymen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Kompetensglapp' }).waitFor();
    expect(problems).toEqual([]);
  });
});
