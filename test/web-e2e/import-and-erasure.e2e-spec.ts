import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/** A unit and a person of this journey's own: the demo's counted people are never touched, and the person is erased at the end. */
const UNIT = 'Importprovet';
const NUMBER = 'IMP-0001';
const FIRST = 'Ida';
const LAST = 'Importsson';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A header as the reader matches it: case, spacing and å/ä/ö against a/a/o ignored. */
const key = (header: unknown) =>
  String(header ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

const yesterdayInSweden = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() - 86_400_000));

describe('A new kommun administrator imports staff and levels from Excel, then exports and erases a person', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  /** The topic codes given levels, in the template's order, and the levels given. */
  let topics: string[] = [];
  const LEVELS = ['G', 'F', 'S'];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    problems = watchForErrors(page);
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
  });
  afterAll(() => browser.close());

  const nav = () => page.getByRole('navigation', { name: 'Huvudmeny' });

  async function download(name: string | RegExp): Promise<Buffer> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    return readFile((await file.path()) as string);
  }

  async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  }

  /** Column numbers (1-based) by header of the first sheet. */
  function columns(sheet: ExcelJS.Worksheet): Map<string, number> {
    const found = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, column) => found.set(key(cell.value), column));
    return found;
  }

  async function upload(name: string, workbook: ExcelJS.Workbook): Promise<void> {
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByLabel(/^Fil \(/).setInputFiles({ name, mimeType: XLSX, buffer });
    await page.getByRole('button', { name: 'Ladda upp och förhandsgranska' }).click();
  }

  it('adds a unit of its own', async () => {
    await nav().getByRole('link', { name: 'Enheter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enheter' }).waitFor();
    await page.getByText('Socialförvaltningen').first().waitFor();
    await page.getByLabel('Namn', { exact: true }).fill(UNIT);
    await page.getByLabel('Typ').selectOption({ label: 'Enhet' });
    await page.getByLabel('Verksamhetsområde').selectOption({ label: 'Barn och unga' });
    const parent = page.getByLabel('Ligger under');
    await parent.selectOption((await parent.locator('option', { hasText: 'Barn och familj' }).first().getAttribute('value')) as string);
    await page.getByRole('button', { name: 'Skapa enhet' }).click();
    await page.getByRole('status').filter({ hasText: UNIT }).waitFor();
  });

  it('fills the staff template with one error, reads the error by row and column, fixes it and imports', async () => {
    await nav().getByRole('link', { name: 'Import och export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import och export' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const workbook = await workbookOf(await download('Mall för personal (Excel)'));
    const sheet = workbook.worksheets[0];
    const column = columns(sheet);
    const values: Record<string, string | number> = {
      anstallningsnummer: NUMBER, fornamn: FIRST, efternamn: LAST, enhet: UNIT, roll: 'handläggare', kon: 'kvinnlig',
      sysselsattningsgrad: 100, anstallningsform: 'tillsvidare', anstalld_fran: '2020-01-15', yrkeserfarenhet_fran: '2019-06-01',
      examen: 'socionomexamen', examensar: 2019, fortbildning: 'nej', vidareutbildning: 'nej', magister: 'nej', behorighet: 'behörig',
    };
    for (const [name, value] of Object.entries(values)) {
      expect([name, column.has(name)]).toEqual([name, true]);
      sheet.getCell(2, column.get(name) as number).value = value;
    }
    await upload('personal.xlsx', workbook);
    const errors = page.locator('table.problems');
    await errors.waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Filen har 1 fel' }).count()).toBe(1);
    expect(await errors.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^Rad 2, kolumn kon\s+\S/)]);
    expect(await page.getByRole('button', { name: 'Bekräfta och skriv' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    sheet.getCell(2, column.get('kon') as number).value = 'kvinna';
    await upload('personal.xlsx', workbook);
    await page.getByRole('button', { name: 'Bekräfta och skriv' }).waitFor();
    expect(await page.locator('.preview p').first().innerText()).toBe('1 läggs till, 0 ändras, 0 oförändrade.');
    await page.getByRole('button', { name: 'Bekräfta och skriv' }).click();
    await page.getByText('Importen är klar.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('fills the demo round’s assessment template for the new person and imports it', async () => {
    await page.getByRole('radio', { name: 'Bedömningar' }).check();
    await page.getByLabel('Inventeringsomgång').selectOption({ label: 'Demoinventering' });
    const workbook = await workbookOf(await download('Mall för bedömningar (Excel)'));
    const sheet = workbook.worksheets[0];
    const column = columns(sheet);
    topics = [...column.keys()].filter((header) => header !== 'anstallningsnummer').slice(0, LEVELS.length).map((code) => code.toUpperCase());
    // Only the new person's row stays: an empty cell would clear a level of someone else's.
    for (let row = sheet.rowCount; row >= 2; row--) {
      if (sheet.getCell(row, column.get('anstallningsnummer') as number).value !== NUMBER) sheet.spliceRows(row, 1);
    }
    expect(sheet.rowCount).toBe(2);
    topics.forEach((topic, i) => (sheet.getCell(2, column.get(key(topic)) as number).value = LEVELS[i]));
    await upload('bedomningar.xlsx', workbook);
    await page.getByRole('button', { name: 'Bekräfta och skriv' }).click();
    await page.getByText('Importen är klar.').waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the imported levels in the team matrix', async () => {
    await nav().getByRole('link', { name: 'Kompetensmatris' }).click();
    const unit = page.getByLabel('Enhet', { exact: true });
    await unit.waitFor();
    await unit.selectOption((await unit.locator('option', { hasText: UNIT }).first().getAttribute('value')) as string);
    const row = page.getByRole('row', { name: new RegExp(`${LAST}, ${FIRST}`) });
    await row.waitFor();
    expect(await page.locator('th[scope=col].topic .topic-code').evaluateAll((codes) => codes.slice(0, 3).map((c) => c.textContent?.trim()))).toEqual(topics);
    expect((await row.locator('td').allInnerTexts()).slice(0, 3).map((text) => text.trim())).toEqual(LEVELS);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('exports the person’s data in both forms, erases them, and no closed round’s figure moves', async () => {
    const closedFigures = async () => {
      const rounds = (await (await page.request.get(`${baseUrl()}/api/rounds`)).json()) as { id: string; status: string }[];
      const closed = rounds.filter((round) => round.status === 'closed');
      expect(closed.length).toBeGreaterThan(0);
      return Promise.all(closed.map(async (round) => (await page.request.get(`${baseUrl()}/api/rounds/${round.id}/dashboard`)).json()));
    };
    const before = await closedFigures();

    await nav().getByRole('link', { name: 'Medarbetare' }).click();
    await page.getByLabel('Sök på namn eller anställningsnummer').fill(NUMBER);
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.getByRole('link', { name: `${LAST}, ${FIRST}` }).click();
    await page.getByRole('heading', { level: 1, name: `${FIRST} ${LAST}`, exact: true }).waitFor();
    const privacy = page.getByRole('region', { name: 'Personuppgifter (GDPR)' });
    expect(await privacy.innerText()).toContain('kan raderas när anställningen har avslutats');

    const readable = (await download('Ladda ner registerutdrag, läsbart (HTML)')).toString('utf8');
    expect(readable).toContain('<h1>Registerutdrag</h1>');
    expect(readable).toContain(LAST);
    const machine = JSON.parse((await download('Ladda ner registerutdrag, maskinläsbart (JSON)')).toString('utf8')) as {
      sections: { table: string; rows: Record<string, unknown>[] }[];
    };
    const section = (table: string) => machine.sections.find((s) => s.table === table)?.rows ?? [];
    expect(section('staff_member')).toEqual([expect.objectContaining({ employee_number: NUMBER, first_name: FIRST })]);
    expect(section('assessment_cell')).toHaveLength(LEVELS.length);

    await page.getByLabel('Sista anställningsdag').fill(yesterdayInSweden());
    await page.getByRole('button', { name: 'Avsluta anställningen' }).click();
    await page.getByRole('button', { name: `Radera personuppgifterna för ${FIRST} ${LAST}` }).click();
    const dialog = page.getByRole('dialog', { name: `Radera personuppgifterna för ${FIRST} ${LAST}` });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Inlämningar till den nationella nivån');
    expect(await accessibilityViolations(page)).toEqual([]);
    const confirmation = dialog.getByRole('textbox', { name: `Skriv anställningsnumret (${NUMBER}) eller hela namnet för att bekräfta` });
    await confirmation.fill(FIRST);
    await dialog.getByRole('button', { name: 'Radera för gott' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'för att bekräfta' }).waitFor();
    await confirmation.fill(NUMBER.toLowerCase());
    await dialog.getByRole('button', { name: 'Radera för gott' }).click();
    const result = page.getByRole('dialog', { name: 'Uppgifterna är raderade' });
    await result.waitFor();
    await result.getByRole('button', { name: 'Stäng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Raderad medarbetare' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    expect(await closedFigures()).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('shows the retention page with what is due, or says plainly that nothing is', async () => {
    await nav().getByRole('link', { name: 'Gallring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gallring' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Personer som slutat för mer än 24 månader sedan$/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Omgångar som stängdes för mer än 5 år sedan$/ }).waitFor();
    // The demo's closed rounds are one and two years old: none is due for purging.
    await page.getByText('Ingen stängd omgång är så gammal att den ska gallras').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('A caseworker downloads their own data', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('from Min kompetens, as a file naming their own record', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchForErrors(page);
    await signIn(page, baseUrl(), DEMO_LOGINS.caseworker);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Min kompetens' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ladda ner mina uppgifter' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Mina uppgifter, maskinläsbart (JSON)' }).click()]);
    const data = JSON.parse(await readFile((await file.path()) as string, 'utf8')) as { sections: { table: string; rows: Record<string, unknown>[] }[] };
    expect(data.sections.find((s) => s.table === 'staff_member')?.rows).toEqual([expect.objectContaining({ employee_number: 'D0002' })]);
    expect(problems).toEqual([]);
  });
});
