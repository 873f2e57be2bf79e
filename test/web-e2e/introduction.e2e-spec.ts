import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/**
 * Introduction of new staff: the demo has "Introduktion för nya handläggare", one new hire on it
 * with the demo caseworker as mentor, and new staff without a programme. HR gives one of them the
 * programme and a mentor from the keyboard, then opens an introduction and marks a step; the
 * mentor finds the mentee on Min kompetens.
 */
describe('Introduction: a new hire gets a programme and a mentor', () => {
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

  it('gives a flagged new hire a programme and mentor, and marks a step of an introduction', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Introduktion' }).click();
    await page.getByRole('heading', { level: 1, name: 'Introduktion av nyanställda' }).waitFor();
    const lacking = page.locator('section[aria-labelledby="new-staff-heading"] tbody tr').filter({ hasText: 'Saknar program och mentor' });
    await lacking.first().waitFor();
    const before = await lacking.count();
    await page.getByRole('heading', { level: 2, name: 'Mentorernas belastning' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const give = lacking.first().getByRole('button', { name: /^Ge introduktion till / });
    const name = ((await give.getAttribute('aria-label')) as string).replace('Ge introduktion till ', '');
    await give.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'introduction-form-heading');
    await page.locator('#introduction-programme').selectOption({ label: 'Introduktion för nya handläggare' });
    const mentors = page.locator('#introduction-mentor');
    await mentors.selectOption({ index: 1 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`${name} har fått programmet Introduktion för nya handläggare.`).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'introduction-status');
    expect(await lacking.count()).toBe(before - 1);

    // The table names people "Efternamn, Förnamn".
    const listed = `${name.split(' ').slice(1).join(' ')}, ${name.split(' ')[0]}`;
    const introduction = page.locator('section[aria-labelledby="introductions-heading"] tbody tr').filter({ hasText: listed });
    expect(await introduction.innerText()).toContain('0 av 5 steg klara');
    await introduction.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `Introduktion: ${name}` }).waitFor();
    const first = page.getByRole('button', { name: 'Markera som klar: Första samtalet med mentorn' });
    await first.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Steget är sparat.').waitFor();
    await page.getByRole('button', { name: 'Ångra klar: Första samtalet med mentorn' }).waitFor();
    expect(await page.locator('progress').getAttribute('aria-label')).toMatch(/^Introduktionen: 1 av 5 steg klara/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows the mentor their mentee on Min kompetens', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.caseworker);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min kompetens' }).click();
    await page.getByRole('heading', { level: 3, name: 'Mina adepter' }).waitFor();
    expect(await page.locator('table[aria-labelledby="my-mentees-heading"] tbody tr').innerText()).toContain('2 av 5 steg klara');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
