import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';
import { readFirstSheet } from './support/xlsx';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/** Five people × 26 topics: a different, repeatable pattern per person. */
const KEYS = ['g', 'f', 's', '-', '1', '2', '3'];
const keyFor = (row: number, col: number) => KEYS[(row * 3 + col) % KEYS.length];
const TEXT: Record<string, string> = {
  g: 'G',
  '1': 'G',
  f: 'F',
  '2': 'F',
  s: 'S',
  '3': 'S',
  '-': '–',
};

describe('A team leader fills in the competence matrix with the keyboard only', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    problems = watchForErrors(page);
  });
  afterAll(() => browser.close());

  const cellText = (row: number, col: number) =>
    page.locator(`td[data-r="${row}"][data-c="${col}"]`).innerText();
  const rowTexts = async (row: number) =>
    Promise.all(Array.from({ length: 26 }, (_, col) => cellText(row, col)));
  /** The sixth person's levels before typing (the demo seeds some people's): typing must not reach them. */
  let untouched: string[] = [];

  it('fills 5 staff × 26 topics, reloads and sees every value, with no accessibility violations', async () => {
    await signIn(page, baseUrl(), DEMO_LOGINS.team_leader);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Kompetensmatris' })
      .click();
    await page.getByRole('grid').waitFor();
    expect(await page.locator('th[scope=col].topic').count()).toBe(26);
    expect(await accessibilityViolations(page)).toEqual([]);

    untouched = await rowTexts(5);
    // Into the grid from the keyboard: Tab from the last control before it lands on the first cell.
    await page.getByLabel('Bara medarbetare med ej bedömda inriktningar').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          document.activeElement?.getAttribute('data-r') +
          ',' +
          document.activeElement?.getAttribute('data-c'),
      ),
    ).toBe('0,0');

    for (let row = 0; row < 5; row++) {
      for (let col = 0; col < 26; col++) {
        await page.keyboard.press(keyFor(row, col));
      }
    }
    // Typing moved along the rows: the sixth person's first topic has the focus now.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-r'))).toBe('5');
    // Undo the last one and set it again.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Control+z');
    await page.keyboard.press(keyFor(4, 25));
    await page
      .getByRole('status')
      .filter({ hasText: 'Alla ändringar är sparade' })
      .waitFor({ timeout: 15_000 });

    // A reload aborts what is still in flight (the header's messages, the sign-off panel): wait for quiet.
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.getByRole('grid').waitFor();
    for (let row = 0; row < 5; row++) {
      for (let col = 0; col < 26; col++) {
        expect(`${row},${col}: ${await cellText(row, col)}`).toBe(
          `${row},${col}: ${TEXT[keyFor(row, col)]}`,
        );
      }
    }
    expect(await rowTexts(5)).toEqual(untouched);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('downloads the matrix as XLSX in the import format for assessments', async () => {
    const people = await page.locator('tbody th[scope=row]').count();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Ladda ned som Excel \(XLSX\): matrisen/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bedomningar-demoinventering.xlsx');
    const { rows } = readFirstSheet(
      new Uint8Array(await readFile((await download.path()) as string)),
    );
    expect(rows[0][0]).toBe('anstallningsnummer');
    expect(rows[0].slice(1)).toEqual(
      await page.locator('th[scope=col].topic .topic-code').allInnerTexts(),
    );
    expect(rows).toHaveLength(people + 1);
    // The file's letters are the format's: a hyphen for not applicable, nothing for not assessed.
    const FILE: Record<string, string | null> = { G: 'G', F: 'F', S: 'S', '–': '-' };
    for (let row = 0; row < 5; row++) {
      expect(rows[row + 1][0]).toMatch(/^D\d{4}$/);
      expect(rows[row + 1].slice(1)).toEqual(
        Array.from({ length: 26 }, (_, col) => FILE[TEXT[keyFor(row, col)]]),
      );
    }
    expect(rows[6].slice(1)).toEqual(untouched.map((text) => (text === '' ? null : FILE[text])));
    expect(problems).toEqual([]);
  });

  it('an administrator chooses a unit before the grid loads, and the choice survives a reload', async () => {
    await context.clearCookies();
    await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Kompetensmatris' })
      .click();
    await page.getByText('Välj en enhet för att se dess medarbetare.').waitFor();
    expect(await page.getByRole('grid').count()).toBe(0);
    const unit = page.getByLabel('Enhet');
    const label = (await unit.locator('option').allInnerTexts()).find((text) =>
      text.endsWith('Utredning barn och unga'),
    ) as string;
    await unit.selectOption({ label });
    await page.getByRole('grid').waitFor();
    const units = await page.locator('tbody th.person .unit').allInnerTexts();
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units)).toEqual(new Set(['Utredning barn och unga']));
    // A reload aborts what is still in flight (the header's messages, the sign-off panel): wait for quiet.
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.getByRole('grid').waitFor();
    expect(await page.getByLabel('Enhet').locator('option:checked').innerText()).toBe(label);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
