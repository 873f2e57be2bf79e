import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/**
 * Follow-up of completed training: the demo held "Samtal med barn och unga" 50 days ago; Sara
 * Nilsson's follow-up is recorded, Johan Eriksson's is overdue. The demo team leader works through
 * the due list from the keyboard: records Johan's follow-up in place and the item leaves the list.
 */
describe('Follow-up: a team leader works through their due list', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    problems = watchForErrors(page);
  });
  afterEach(() => browser.close());

  it('records the overdue follow-up in place with the keyboard, and the item leaves the list', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.team_leader);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljningar' }).waitFor();
    // Johan also took the demo's EP01 course (the effect report's): this is his "Samtal med barn och unga".
    const johan = page.locator('tbody tr').filter({ hasText: 'Eriksson, Johan' }).filter({ hasText: 'Samtal med barn och unga' });
    await johan.waitFor();
    expect((await johan.innerText()).replace(/\s+/g, ' ')).toMatch(
      /Eriksson, Johan Mottagning barn och unga Samtal med barn och unga \d{4}-\d{2}-\d{2} Följ upp kursen \d{4}-\d{2}-\d{2} \(försenad\)/,
    );
    // Sara's follow-up of "Samtal med barn och unga" is recorded: that course is not on her row (EP01 may be).
    expect(await page.locator('tbody tr').filter({ hasText: 'Nilsson, Sara' }).filter({ hasText: 'Samtal med barn och unga' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    const open = johan.getByRole('button', { name: 'Följ upp Johan Eriksson, Samtal med barn och unga' });
    await open.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: 'Uppföljning: Johan Eriksson, Samtal med barn och unga' });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'follow-up-heading');
    // Saving without an answer says what is missing, at its field.
    await page.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page.locator('#follow-up-applied-error').waitFor();
    expect(await page.locator('#follow-up-applied-error').innerText()).toContain('Välj helt, delvis eller nej.');

    // Into the radio group from the keyboard: the first choice, then the arrow key to "Delvis".
    await page.getByRole('radio', { name: 'Helt' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Delvis' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Använder samtalsmetoden i utredningar, ännu inte i mottagningen.');
    expect(await page.getByRole('checkbox', { name: 'SA11' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Bedöm på nytt den').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara uppföljningen' }).focus();
    await page.keyboard.press('Enter');

    await page.getByText('Uppföljningen av Johan Eriksson, Samtal med barn och unga, är sparad.').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('done'));
    expect(await page.locator('tbody tr').filter({ hasText: 'Eriksson, Johan' }).filter({ hasText: 'Samtal med barn och unga' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
