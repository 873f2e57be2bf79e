import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, type DemoLogin, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/**
 * A round followed up in the browser: HR sees who the demo round counts and which units are done,
 * reminds the team leader, who reads the message, signs a unit off beside the matrix and reads the
 * overview per group; HR then finds it all in the audit trail.
 */
describe('HR follows a round up and the team leader answers', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeEach(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 1400, height: 1000 },
    });
    page = await context.newPage();
    problems = watchForErrors(page);
  });
  afterEach(() => browser.close());

  const nav = () => page.getByRole('navigation', { name: 'Huvudmeny' });
  const as = (login: DemoLogin) => signIn(page, baseUrl(), login);

  it('shows the population of the demo round and reminds the team leader of the units not done', async () => {
    await as(DEMO_LOGINS.municipality_admin);
    await nav().getByRole('link', { name: 'Omgångar' }).click();
    const demo = page.getByRole('row', { name: /^Demoinventering Kompetensinventering/ });
    await demo.waitFor();
    // Barn och unga's caseworkers and team leaders employed on the reference date; never Ekonomiskt bistånd.
    expect(await demo.innerText()).toContain('21 handläggare och 3 arbetsledare');
    expect(await page.getByRole('row', { name: /Höst 2025/ }).innerText()).toContain(
      'Fryst när omgången stängdes',
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await demo.getByRole('link', { name: /Följ upp/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljning: Demoinventering' }).waitFor();
    await page.getByRole('row', { name: /Mottagning barn och unga/ }).waitFor();
    expect(await page.locator('table tbody tr').count()).toBe(3);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Påminn arbetsledarna för alla/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Påminnelse skickad till 1 arbetsledare' })
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('lets the team leader read the reminder, sign a unit off and read the overview per group', async () => {
    await as(DEMO_LOGINS.team_leader);
    await page.getByRole('link', { name: /^Meddelanden \(\d+ olästa?\)$/ }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Påminnelse: Demoinventering' })
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: /^Markera som läst/ })
      .first()
      .click();

    await nav().getByRole('link', { name: 'Kompetensmatris' }).click();
    await page.getByRole('grid').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Klart för enheten?' }).waitFor();
    await page.getByRole('button', { name: 'Markera Familjehem och placeringar som klar' }).click();
    await page.getByText('Familjehem och placeringar är markerad som klar.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await nav().getByRole('link', { name: 'Översikt' }).click();
    await page.locator('.coverage').waitFor();
    expect(await page.locator('.coverage + .hint').innerText()).toContain('handläggarna');
    await page.getByRole('radio', { name: 'Arbetsledare' }).check();
    await page.locator('.coverage + .hint', { hasText: 'arbetsledarna' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("keeps a closed round's overview as it was when a person's FTE and unit change", async () => {
    await as(DEMO_LOGINS.municipality_admin);
    await nav().getByRole('link', { name: 'Översikt' }).click();
    await page.locator('.coverage').waitFor();
    const closed = await page
      .locator('#round option', { hasText: 'Höst 2025' })
      .getAttribute('value');
    await page.locator('#round').selectOption(closed as string);
    await page.locator('.coverage', { hasText: 'Höst 2025' }).waitFor();
    const before = {
      coverage: await page.locator('.coverage').innerText(),
      table: await page.locator('table.distribution').innerText(),
    };
    expect(await page.locator('.coverage + .hint').innerText()).toContain('frysta');

    // An administrator changes a caseworker of Barn och unga today (through the API, as the staff form would).
    const session = await (await page.request.get(`${baseUrl()}/api/auth/session`)).json();
    const staff = await (
      await page.request.get(`${baseUrl()}/api/staff?search=Hanna&pageSize=5`)
    ).json();
    const hanna = staff.items.find((s: { lastName: string }) => s.lastName === 'Handläggare');
    const units = await (await page.request.get(`${baseUrl()}/api/units`)).json();
    const flat = (
      nodes: { id: string; name: string; children: unknown[] }[],
    ): { id: string; name: string }[] =>
      nodes.flatMap((n) => [n, ...flat(n.children as typeof nodes)]);
    const eko = flat(units).find((u) => u.name === 'Ekonomiskt bistånd') as { id: string };
    const changed = await page.request.patch(`${baseUrl()}/api/staff/${hanna.id}`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: { version: hanna.version, fte: 0.3, unitId: eko.id },
    });
    expect(changed.status()).toBe(200);

    await page.reload();
    await page.locator('.coverage').waitFor();
    await page.locator('#round').selectOption(closed as string);
    await page.locator('.coverage', { hasText: 'Höst 2025' }).waitFor();
    expect({
      coverage: await page.locator('.coverage').innerText(),
      table: await page.locator('table.distribution').innerText(),
    }).toEqual(before);
    // Hanna back where she was, for the other journeys.
    const now = await (await page.request.get(`${baseUrl()}/api/staff/${hanna.id}`)).json();
    await page.request.patch(`${baseUrl()}/api/staff/${hanna.id}`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: { version: now.version, fte: hanna.fte, unitId: hanna.unitId },
    });
    expect(problems).toEqual([]);
  });

  it('finds the reminder and the sign-off in the audit trail', async () => {
    await as(DEMO_LOGINS.municipality_admin);
    await nav().getByRole('link', { name: 'Granskningslogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Granskningslogg' }).waitFor();
    await page.getByLabel('Typ av post').selectOption({ label: 'Inventeringsomgång' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByRole('cell', { name: 'Påminnelse skickad' }).first().waitFor();
    await page.getByRole('cell', { name: 'Enhet markerad klar' }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
