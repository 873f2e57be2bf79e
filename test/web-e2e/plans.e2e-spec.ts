import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, type DemoLogin, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/**
 * Development plans: HR writes the kommun's plan for its caseworkers with a goal (level, share of
 * the group, due date), reads how far the goal has come in the newest round and follows the plan
 * up; the caseworker sees their bookings on Min kompetens. The plan is of 2031, a year no other journey or the demo
 * uses, and the caseworker only reads, so the shared demo is left as the other journeys expect.
 */
describe('Plans: HR writes and follows up a plan, the caseworker sees their training', () => {
  let browser: Browser;

  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => browser.close());

  async function signedIn(login: DemoLogin): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const problems = watchForErrors(page);
    await signIn(page, baseUrl(), login);
    return { page, problems };
  }

  it("writes the kommun's plan of 2031 for its caseworkers with a goal, reads its progress and follows it up", async () => {
    const { page, problems } = await signedIn(DEMO_LOGINS.municipality_admin);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utvecklingsplaner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utvecklingsplaner' }).waitFor();
    await page.getByLabel('År', { exact: true }).selectOption('2031');
    const kommun = page.getByRole('region', { name: 'Kommunens övergripande plan 2031' });
    await kommun.getByText('Ingen plan för 2031.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ny plan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ny utvecklingsplan' }).waitFor();
    expect(await page.getByLabel('Typ av plan').inputValue()).toBe('kommun');
    // The national survey asks for a plan for the caseworkers and one for the team leaders.
    expect(await page.getByLabel('Personalgrupp').inputValue()).toBe('caseworker');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    // The new goal's topic has the keyboard.
    await page.waitForFunction(() => document.activeElement?.id === 'goal-topic-0');
    await page.keyboard.type('SA05');
    expect(await page.getByLabel('Inriktning, mål 1').inputValue()).toBe('SA05');
    await page.getByLabel('Nivå att nå, mål 1').selectOption({ label: 'fördjupad' });
    // A share the form refuses before sending, at its field.
    await page.getByLabel('Andel som ska nå nivån (%), mål 1').fill('120');
    await page.getByLabel('Klart senast, mål 1').fill('2031-06-30');
    await page.getByRole('button', { name: 'Spara planen' }).click();
    await page.locator('#goal-share-0-error').waitFor();
    expect(await page.locator('#goal-share-0-error').innerText()).toContain('Ange andelen som ett heltal från 1 till 100.');
    expect(await page.getByLabel('Andel som ska nå nivån (%), mål 1').getAttribute('aria-describedby')).toBe('goal-share-0-error');
    await page.getByLabel('Andel som ska nå nivån (%), mål 1').fill('80');
    await page.getByLabel('Ordinarie budget (kr)').fill('12 000');
    await page.getByLabel('Statsbidrag (kr)').fill('abc');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara planen' }).click();
    // The API's field error, at its field.
    const grant = page.getByLabel('Statsbidrag (kr)');
    await page.locator('#budget-grant-error').waitFor();
    expect(await grant.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#budget-grant-error').innerText()).toContain('Värdet har fel format.');
    await grant.fill('2 500');
    await page.getByRole('button', { name: 'Spara planen' }).click();
    await page.getByText('Planen för Hela kommunen, handläggare 2031 är sparad.').waitFor();
    const row = kommun.locator('tbody tr');
    const rowText = (await row.innerText()).replace(/\s+/g, ' ');
    expect(rowText).toContain(
      'Hela kommunen, handläggare Utkast SA05 fördjupad, minst 80 % av handläggarna, senast 2031-06-30.',
    );
    // The goal's progress: the caseworkers' share at least fördjupad in SA05 in the demo's newest
    // round — 0,0 % in the demo alone (only Hanna is assessed, saknar), more if a journey before
    // this one assessed someone higher (they share the database), so the figure is not pinned.
    expect(rowText).toMatch(/Nu \d{1,3},\d % \(målet 80 %\), (inte )?nått\. 14 500 kr Inte ännu/);

    await kommun.getByRole('button', { name: 'Följ upp planen för Hela kommunen, handläggare' }).click();
    await page.getByRole('heading', { level: 2, name: 'Uppföljning: Hela kommunen, handläggare 2031' }).waitFor();
    await page.getByLabel('Vad har genomförts?').fill('Två medarbetare gick BBIC-fördjupningen.');
    await page.getByLabel('Vad blev inte av, och varför?').fill('EBP-kursen: vikarie saknades.');
    await page.getByLabel('Vad gör vi härnäst?').fill('EBP under våren.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page.getByText('Uppföljningen för Hela kommunen, handläggare 2031 är sparad.').waitFor();
    expect(await row.locator('td').nth(3).innerText()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The one refused save (the budget that is not an amount) is all the browser logged.
    expect(problems).toEqual([
      'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  });

  it('shows the caseworker their bookings on Min kompetens', async () => {
    const { page, problems } = await signedIn(DEMO_LOGINS.caseworker);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min kompetens' }).click();
    const section = page.getByRole('region', { name: 'Mina utbildningar' });
    // The demo books Hanna Handläggare on the EBP course, on the statsbidrag.
    const booking = section.locator('tbody tr').filter({ hasText: 'Evidensbaserad praktik i socialtjänsten' });
    await booking.waitFor();
    expect((await booking.innerText()).replace(/\s+/g, ' ')).toMatch(/Bokad Statsbidrag: /);
    await section.getByRole('heading', { name: 'Be om en kurs' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
