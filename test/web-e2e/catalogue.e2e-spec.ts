import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/**
 * The course catalogue and the session calendar. The course is the journey's own (a name and a
 * topic, PS02, that no other journey uses: the training journey's suggestions stay as they were).
 */
describe('Catalogue: an administrator adds a course with a topic, gives it a session and finds it in the calendar', () => {
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
  const title = 'Anknytning i praktiken (katalogresan)';
  const year = new Date().getFullYear() + 1;
  const day = `${year}-05-12`;

  it('creates the course, adds a session, and the calendar lists it under its month', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
    await nav().getByRole('link', { name: 'Utbildningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utbildningar' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /kurser visas/ })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ny kurs' }).click();
    const editor = page.getByRole('region', { name: 'Ny kurs' });
    await editor.getByLabel('Kursens namn').fill(title);
    await editor.getByLabel('Typ av utbildning').selectOption({ label: 'Endagarskurs' });
    await editor.getByLabel('Anordnare').selectOption({ label: 'Kommunförbund' });
    await editor.getByLabel('Längd i dagar (valfritt)').fill('1');
    await editor.getByLabel('Kostnad per deltagare (kr)').fill('2 400');
    await editor.getByRole('button', { name: 'Lägg till inriktning' }).click();
    await editor
      .getByLabel('Inriktning 1', { exact: true })
      .selectOption({ label: 'PS02 Anknytningsteori' });
    await editor.getByLabel('Nivå, inriktning 1').selectOption({ label: 'fördjupad' });
    expect(await accessibilityViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Spara kursen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Kursen ${title} är sparad.` })
      .waitFor();

    await page.getByLabel('Inriktning', { exact: true }).selectOption('PS02');
    const row = page.locator('tbody tr').filter({ hasText: title });
    const cells = (await row.locator('th, td').allInnerTexts()).map((cell) =>
      cell.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.slice(0, 8)).toEqual([
      title,
      'Endagarskurs',
      'Kommunförbund',
      '–',
      '1 dag',
      '2 400 kr',
      'PS02 Anknytningsteori, fördjupad',
      'Handläggare och arbetsledare',
    ]);
    // The kommun's own course, not shared with the län.
    expect(cells[8]).not.toContain('delas i länet');

    await row.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Kursen har inga kurstillfällen ännu.').waitFor();
    await page.getByLabel('Första dagen').fill(day);
    await page.getByLabel('Sista dagen').fill(day);
    await page.getByLabel('Plats (valfritt)').fill('Folkets hus');
    await page.getByLabel('Antal platser').fill('15');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara kurstillfället' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Kurstillfället ${day} är sparat.` })
      .waitFor();
    expect((await page.locator('tbody tr').first().innerText()).replace(/\s+/g, ' ').trim()).toBe(
      `${day} Folkets hus 15 15 0 15 –`,
    );

    await page.getByRole('link', { name: 'Alla kommande kurstillfällen per månad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kurstillfällen' }).waitFor();
    const may = page.getByRole('region', { name: `Maj ${year}` });
    const session = may.locator('tbody tr').filter({ hasText: title });
    expect((await session.innerText()).replace(/\s+/g, ' ').trim()).toBe(
      `${title} ${day} Folkets hus 15 0 15`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/**
 * The regional analyst's first real job: a course for the whole län (PS03, which no other journey
 * uses), a session with seats for the demo kommun, and the kommun's catalogue showing it as the län's.
 */
describe('Catalogue: the regional analyst publishes a course for the län and the kommun sees it', () => {
  let browser: Browser;
  let watched: string[][];

  beforeEach(async () => {
    browser = await launchBrowser();
    watched = [];
  });
  afterEach(() => browser.close());

  const open = async (): Promise<Page> => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 1400, height: 1000 },
    });
    const page = await context.newPage();
    watched.push(watchForErrors(page));
    return page;
  };
  const title = 'Utvecklingsekologi i barnavården (länets kurs)';
  const day = `${new Date().getFullYear() + 1}-09-15`;
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('creates the course and a session with seats for Örebro, and Örebro’s catalogue lists it as the län’s', async () => {
    const region = await open();
    await signIn(region, baseUrl(), DEMO_LOGINS.regional_analyst);
    await region
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Länets utbildningar' })
      .click();
    await region.getByRole('heading', { level: 1, name: 'Länets utbildningar' }).waitFor();
    await region
      .getByRole('status')
      .filter({ hasText: /kurser visas/ })
      .waitFor();
    expect(await accessibilityViolations(region)).toEqual([]);

    await region.getByRole('button', { name: 'Ny kurs' }).click();
    const editor = region.getByRole('region', { name: 'Ny kurs' });
    await editor.getByLabel('Kursens namn').fill(title);
    await editor.getByLabel('Typ av utbildning').selectOption({ label: 'Endagarskurs' });
    await editor.getByLabel('Anordnare').selectOption({ label: 'Regional utvecklingsledare' });
    await editor.getByLabel('Kostnad per deltagare (kr)').fill('700');
    await editor.getByRole('button', { name: 'Lägg till inriktning' }).click();
    await editor
      .getByLabel('Inriktning 1', { exact: true })
      .selectOption({ label: 'PS03 Utvecklingsekologi' });
    await editor.getByLabel('Nivå, inriktning 1').selectOption({ label: 'grundläggande' });
    // The län's courses are always shared: the form does not ask.
    expect(await editor.getByLabel('Dela kursen med länets andra kommuner').count()).toBe(0);
    expect(await accessibilityViolations(region)).toEqual([]);
    await editor.getByRole('button', { name: 'Spara kursen' }).click();
    await region
      .getByRole('status')
      .filter({ hasText: `Kursen ${title} är sparad.` })
      .waitFor();

    await region
      .locator('tbody tr')
      .filter({ hasText: title })
      .getByRole('link', { name: title })
      .click();
    await region.getByRole('heading', { level: 1, name: title }).waitFor();
    await region.getByLabel('Första dagen').fill(day);
    await region.getByLabel('Sista dagen').fill(day);
    await region.getByLabel('Plats (valfritt)').fill('Länsstyrelsen');
    await region.getByLabel('Antal platser').fill('20');
    await region.getByRole('button', { name: 'Ge platser till en kommun' }).click();
    await region.getByLabel('Kommunkod, rad 1').fill('1880');
    await region.getByLabel('Platser, rad 1').fill('8');
    expect(await accessibilityViolations(region)).toEqual([]);
    await region.getByRole('button', { name: 'Spara kurstillfället' }).click();
    await region
      .getByRole('status')
      .filter({ hasText: `Kurstillfället ${day} är sparat.` })
      .waitFor();
    // Capacity 20, 12 not given out, 8 for Örebro.
    expect(clean(await region.locator('tbody tr').first().innerText())).toBe(
      `${day} Länsstyrelsen 20 12 Örebro: 8`,
    );

    const kommun = await open();
    await signIn(kommun, baseUrl(), DEMO_LOGINS.municipality_admin);
    await kommun
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Utbildningar' })
      .click();
    await kommun.getByRole('heading', { level: 1, name: 'Utbildningar' }).waitFor();
    await kommun.getByLabel('Inriktning', { exact: true }).selectOption('PS03');
    const row = kommun.locator('tbody tr').filter({ hasText: title });
    const cells = (await row.locator('th, td').allInnerTexts()).map(clean);
    expect(cells[8]).toBe('Länets');
    // The kommun reads the län's course but does not keep it.
    expect(await row.getByRole('button', { name: /Ändra/ }).count()).toBe(0);
    await row.getByRole('link', { name: title }).click();
    await kommun.getByRole('heading', { level: 1, name: title }).waitFor();
    // Örebro's own 8 seats, none booked yet.
    expect(clean(await kommun.locator('tbody tr').first().innerText())).toBe(
      `${day} Länsstyrelsen 20 8 0 8 Örebro: 8`,
    );
    expect(await accessibilityViolations(kommun)).toEqual([]);
    expect(watched.flat()).toEqual([]);
  });
});
