import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, type DemoLogin, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;
const WIDE = { width: 1400, height: 1000 };

/** What a new user met (issue 17, item 7), each tried as the role concerned, with axe. */
describe('What a new user meets', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function open(login: DemoLogin | null, viewport = WIDE): Promise<{ page: Page; problems: string[]; context: BrowserContext }> {
    const context = await browser.newContext({ locale: 'sv-SE', viewport });
    contexts.push(context);
    const page = await context.newPage();
    const problems = watchForErrors(page);
    if (login) await signIn(page, baseUrl(), login);
    return { page, problems, context };
  }
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

  it('an administrator links a new caseworker to her staff record when inviting her and later; 87,5 % is recorded; an end date before the start is said at once', async () => {
    const { page, problems } = await open(DEMO_LOGINS.municipality_admin);
    await nav(page).getByRole('link', { name: 'Medarbetare' }).click();
    await page.getByRole('link', { name: 'Lägg till medarbetare' }).click();
    // The list's search field is labelled with "anställningsnummer" too: wait for the form's page.
    await page.getByRole('heading', { name: 'Ny medarbetare' }).waitFor();
    await page.getByLabel('Anställningsnummer', { exact: true }).fill('NY-875');
    await page.getByLabel('Förnamn').fill('Signe');
    await page.getByLabel('Efternamn').fill('Sundqvist');
    // A unit the demo team leader does not lead: the other journeys count the team's rows.
    const unit = page.getByLabel('Enhet', { exact: true });
    await unit.selectOption((await unit.locator('option', { hasText: 'Ekonomiskt bistånd' }).getAttribute('value')) as string);
    await page.getByLabel('Roll').selectOption({ label: 'Handläggare' });
    await page.getByLabel('Kön').selectOption({ label: 'Kvinna' });
    await page.getByLabel('Sysselsättningsgrad').fill('87,5');
    await page.getByLabel('Anställningsform').selectOption({ label: 'Tillsvidare' });
    await page.getByLabel('Anställd från').fill('2025-09-01');
    await page.getByLabel('Yrkeserfarenhet från').fill('2024-06-15');
    await page.getByLabel('Examen', { exact: true }).selectOption({ label: 'Socionomexamen' });
    // An end of employment before its start is said on the first save.
    await page.getByLabel('Anställd till (valfritt)').fill('2025-08-01');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('alert').getByText('Anställd till kan inte vara före anställd från.').waitFor();
    await page.getByLabel('Anställd till (valfritt)').fill('');
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/staff');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect(`${(await created).status()} ${await (await created).text()}`).toMatch(/^201 /);
    await page.getByText(/Sparat kl\./).waitFor();
    expect(await page.getByLabel('Sysselsättningsgrad').inputValue()).toBe('87,5');

    await nav(page).getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.getByLabel('Namn', { exact: true }).fill('Signe Sundqvist');
    await page.getByLabel('E-postadress', { exact: true }).fill('signe.sundqvist@demo.example');
    await page.getByLabel('Medarbetare som kontot hör till (valfritt)').fill('Sundq');
    await page.getByRole('button', { name: /Koppla till Signe Sundqvist/ }).click();
    await page.getByText('Kopplad till Signe Sundqvist').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bjud in' }).click();
    const link = await page.getByLabel('Inbjudningslänk').inputValue();
    const row = page.getByRole('row').filter({ hasText: 'signe.sundqvist@demo.example' });
    await row.getByText('Signe Sundqvist', { exact: true }).nth(1).waitFor();

    // Later: unlink and link again from the list.
    await row.getByRole('button', { name: /Ändra/ }).click();
    await page.getByRole('button', { name: /Ta bort kopplingen/ }).click();
    await page.getByRole('button', { name: 'Spara kopplingen' }).click();
    await row.getByText('Inte kopplad').waitFor();
    await row.getByRole('button', { name: /Koppla/ }).click();
    await page.getByLabel(/Sök medarbetaren som Signe Sundqvist är/).fill('NY-875');
    await page.getByRole('button', { name: /Koppla till Signe Sundqvist/ }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara kopplingen' }).click();
    await page.getByRole('status').filter({ hasText: 'är kopplad till Signe Sundqvist' }).waitFor();

    // The caseworker accepts the invitation and finds her own page, not "not linked".
    const signe = await open(null);
    await signe.page.goto(link);
    await signe.page.getByLabel('Nytt lösenord').fill('ett långt lösenord 2026');
    await signe.page.getByLabel('Upprepa lösenordet').fill('ett långt lösenord 2026');
    await signe.page.getByRole('button', { name: 'Spara lösenord' }).click();
    await signe.page.getByText('Klart! Ditt konto är aktiverat.').waitFor();
    await signIn(signe.page, baseUrl(), { ...DEMO_LOGINS.caseworker, email: 'signe.sundqvist@demo.example', password: 'ett långt lösenord 2026' });
    await signe.page.getByRole('heading', { level: 1, name: 'Välkommen, Signe Sundqvist' }).waitFor();
    await signe.page.getByRole('main').getByRole('link', { name: 'Min kompetens' }).click();
    await signe.page.getByRole('heading', { level: 1, name: 'Min kompetens' }).waitFor();
    expect(await signe.page.getByText('inte kopplat').count()).toBe(0);
    expect(await accessibilityViolations(signe.page)).toEqual([]);
    expect([...problems, ...signe.problems]).toEqual([]);
  });

  it('asks before leaving unsaved målnivåer or an unsaved self-assessment', async () => {
    const admin = await open(DEMO_LOGINS.municipality_admin);
    await nav(admin.page).getByRole('link', { name: 'Målnivåer' }).click();
    const first = admin.page.locator('table.targets select').first();
    await first.waitFor();
    const options = await first.locator('option').allTextContents();
    const current = await first.inputValue();
    const other = await first.locator('option').evaluateAll((all, value) => all.map((o) => (o as HTMLOptionElement).value).find((v) => v !== value), current);
    expect(options.length).toBeGreaterThan(1);
    await first.selectOption(other as string);
    const questions: string[] = [];
    admin.page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await nav(admin.page).getByRole('link', { name: 'Enheter' }).click();
    await admin.page.waitForTimeout(300);
    expect(questions).toEqual(['Du har ändringar som inte är sparade. Vill du lämna sidan ändå? Då försvinner ändringarna.']);
    expect(admin.page.url()).toBe(`${baseUrl()}/malnivaer`);
    admin.page.once('dialog', (dialog) => void dialog.accept());
    await nav(admin.page).getByRole('link', { name: 'Enheter' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Enheter' }).waitFor();

    const caseworker = await open(DEMO_LOGINS.caseworker);
    await nav(caseworker.page).getByRole('link', { name: 'Min kompetens' }).click();
    const self = caseworker.page.locator('select[id^="self-"]').first();
    await self.waitFor();
    const selfValue = await self.inputValue();
    await self.selectOption(selfValue === 'advanced' ? 'basic' : 'advanced');
    let asked = false;
    caseworker.page.once('dialog', (dialog) => {
      asked = true;
      void dialog.dismiss();
    });
    await nav(caseworker.page).getByRole('link', { name: 'Ramverk' }).click();
    await caseworker.page.waitForTimeout(300);
    expect(asked).toBe(true);
    await caseworker.page.getByRole('heading', { level: 1, name: 'Min kompetens' }).waitFor();
    expect(await accessibilityViolations(caseworker.page)).toEqual([]);
    expect([...admin.problems, ...caseworker.problems]).toEqual([]);
  });

  it('the system administrator lists the kommuner and their administrators, disables, enables and invites again', async () => {
    const { page, problems } = await open(DEMO_LOGINS.system_admin);
    await page.getByRole('main').getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { name: 'Kommuner och deras administratörer' }).waitFor();
    await page.getByText('290 av 290 kommuner visas.').waitFor();
    await page.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Kiruna (2584)' });
    await page.getByLabel('Namn', { exact: true }).fill('Kim Kiruna');
    await page.getByLabel('E-postadress').fill('kim@kiruna.example');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await page.getByLabel('Inbjudningslänk').waitFor();
    await page.getByLabel('Sök kommun').fill('Kiruna');
    await page.getByText('1 av 290 kommuner visas.').waitFor();
    const kiruna = page.getByRole('row').filter({ hasText: 'Kiruna' });
    await kiruna.locator('strong', { hasText: 'Kim Kiruna' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await kiruna.getByRole('button', { name: /Ny inbjudningslänk/ }).click();
    await page.getByRole('status').filter({ hasText: 'Kim Kiruna' }).first().waitFor();
    await kiruna.getByRole('button', { name: /Stäng av/ }).click();
    await kiruna.getByText(/Avstängd/).waitFor();
    await kiruna.getByRole('button', { name: /Aktivera/ }).click();
    await kiruna.getByText(/Inbjuden/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a team leader whose session expired signs in again in the dialog, and the failed matrix saves go by themselves', async () => {
    const { page, problems, context } = await open(DEMO_LOGINS.team_leader);
    await nav(page).getByRole('link', { name: 'Kompetensmatris' }).click();
    await page.getByRole('grid').waitFor();
    // End every session of the account, as "log out everywhere" on another device does.
    const other = context.request;
    const signedIn = await other.post(`${baseUrl()}/api/auth/login`, { data: { email: DEMO_LOGINS.team_leader.email, password: DEMO_LOGINS.team_leader.password } });
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    expect((await other.post(`${baseUrl()}/api/auth/logout-all`, { headers: { 'X-CSRF-Token': csrfToken } })).status()).toBe(204);

    const cell = page.locator('td[data-r="1"][data-c="2"]');
    await cell.focus();
    const before = (await cell.innerText()).trim();
    const key = before === 'F' ? 'g' : 'f';
    await page.keyboard.press(key);
    await page.getByRole('heading', { name: 'Du har blivit utloggad' }).waitFor();
    await page.getByLabel('Lösenord').fill(DEMO_LOGINS.team_leader.password);
    await page.getByRole('button', { name: 'Logga in igen' }).click();
    await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade' }).waitFor({ timeout: 15_000 });
    await page.reload();
    await page.getByRole('grid').waitFor();
    const saved = page.locator('td[data-r="1"][data-c="2"]');
    expect((await saved.innerText()).trim()).toBe(key.toUpperCase());
    // Put the cell back as it was: the other journeys read the demo team's levels.
    await saved.focus();
    await page.keyboard.press(({ G: 'g', F: 'f', S: 's', '–': '-' } as Record<string, string>)[before] ?? 'Delete');
    await page.getByRole('status').filter({ hasText: 'Alla ändringar är sparade' }).waitFor({ timeout: 15_000 });
    // The save the expiry refused answered 401 once; nothing else failed.
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
  });

  it('a page the role may not open says so, at the address asked for', async () => {
    const { page, problems } = await open(DEMO_LOGINS.caseworker);
    // Typed into the address bar once the start page has loaded (a load cut short fails requests).
    await page.waitForLoadState('networkidle');
    await page.goto(`${baseUrl()}/malnivaer`);
    await page.getByRole('heading', { level: 1, name: 'Du har inte tillgång till den här sidan' }).waitFor();
    expect(page.url()).toBe(`${baseUrl()}/malnivaer`);
    expect(await page.getByRole('main').innerText()).toContain('handläggare');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('matrix columns name their topic on hover and focus, with a legend, the area row kept', async () => {
    const { page, problems } = await open(DEMO_LOGINS.team_leader);
    await nav(page).getByRole('link', { name: 'Kompetensmatris' }).click();
    await page.getByRole('grid').waitFor();
    expect(await page.locator('th[scope=colgroup].area').count()).toBeGreaterThan(0);
    const firstHeader = page.locator('th.topic').first();
    const name = (await firstHeader.locator('.topic-tip').textContent())?.trim() ?? '';
    expect(name).toMatch(/^\S+ \S+/);
    await firstHeader.hover();
    await firstHeader.locator('.topic-tip').waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    const third = page.locator('th.topic').nth(2);
    await page.locator('td[data-r="0"][data-c="2"]').focus();
    await third.locator('.topic-tip').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await third.locator('.topic-tip').waitFor({ state: 'hidden' });
    const legend = page.getByRole('region', { name: 'Inriktningarna i matrisen' });
    expect(await legend.locator('dt').count()).toBe(await page.locator('th.topic').count());
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('on a 390 px phone the header is one row with a menu button and the målnivåer table fits', async () => {
    const { page, problems } = await open(null, { width: 390, height: 844 });
    await page.goto(`${baseUrl()}/logga-in`);
    await page.getByLabel('E-postadress').fill(DEMO_LOGINS.municipality_admin.email);
    await page.getByRole('textbox', { name: 'Lösenord' }).fill(DEMO_LOGINS.municipality_admin.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: /Välkommen/ }).waitFor();
    const header = await page.locator('header.site-header').boundingBox();
    expect(header?.height).toBeLessThan(70);
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.getByRole('button', { name: 'Meny', expanded: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await nav(page).getByRole('link', { name: 'Målnivåer' }).click();
    await page.locator('table.targets select').first().waitFor();
    expect(await nav(page).isVisible()).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the unit tree on Enheter is indented by level', async () => {
    const { page, problems } = await open(DEMO_LOGINS.municipality_admin);
    await nav(page).getByRole('link', { name: 'Enheter' }).click();
    const top = page.locator('.unit-name', { hasText: 'Socialförvaltningen' }).first();
    const child = page.locator('.unit-name', { hasText: 'Barn och familj' }).first();
    await child.waitFor();
    const [topBox, childBox] = [await top.boundingBox(), await child.boundingBox()];
    expect((childBox?.x ?? 0) - (topBox?.x ?? 0)).toBeGreaterThanOrEqual(20);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  const STEPS: Record<keyof typeof DEMO_LOGINS, string[]> = {
    caseworker: ['Min kompetens', 'Kompetensramverk', 'Mitt konto'],
    team_leader: ['Kompetensmatris', 'Översikt', 'Medarbetare', 'Kompetensramverk'],
    municipality_admin: ['Enheter', 'Medarbetare', 'Användare', 'Målnivåer', 'Omgångar', 'Översikt'],
    national_analyst: ['Kompetensramverk'],
    regional_analyst: ['Länets utbildningar', 'Kompetensramverk'],
    system_admin: ['Användare'],
  };
  for (const [role, steps] of Object.entries(STEPS) as [keyof typeof DEMO_LOGINS, string[]][]) {
    it(`${role}: the start page gives the role's own next steps`, async () => {
      const { page, problems } = await open(DEMO_LOGINS[role]);
      await page.getByRole('heading', { level: 1, name: /^Välkommen, / }).waitFor();
      const links = await page.getByRole('main').getByRole('heading', { level: 3 }).allTextContents();
      expect(links.map((text) => text.trim())).toEqual(steps);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
