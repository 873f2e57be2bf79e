import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, watchForErrors } from './support/browser';
import { DEMO_LOGINS, signIn } from './support/demo';
import { readFirstSheet } from './support/xlsx';

const baseUrl = () => process.env['E2E_BASE_URL'] as string;

/** The preview computes disclosure control for every filter of 290 kommuner; axe reads long tables. */
const JOURNEY_TIMEOUT_MS = 240_000;
const PHONE = { width: 390, height: 844 };

/**
 * Publication end to end on the demo (libs/api/seed/src/lib/demo-national.ts): the analyst
 * previews and publishes the latest closed national round (the earliest is published by the seed),
 * a visitor without an account reads and downloads it, on a desk, a phone and paper, and the demo
 * kommun's administrator compares its own column with it. The tests run in this order.
 */
describe('Publication: the analyst publishes, a visitor reads and downloads, a kommun compares', () => {
  let browser: Browser;
  let round: string;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  const newPage = async (viewport = { width: 1400, height: 1000 }) => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport, acceptDownloads: true });
    const page = await context.newPage();
    return { page, problems: watchForErrors(page) };
  };
  const rows = (page: Page, caption: string) =>
    page
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: caption }) })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));

  it(
    'national analyst: previews what disclosure control leaves out and why, then publishes the latest closed round',
    async () => {
      const { page, problems } = await newPage();
      await signIn(page, baseUrl(), DEMO_LOGINS.national_analyst);
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nationella omgångar' }).click();
      const closed = page.locator('tbody tr').filter({ hasText: 'Stängd' }).first();
      await closed.waitFor();
      round = (await closed.locator('th a').innerText()).trim();
      await closed.getByRole('link', { name: round }).click();
      await page.getByRole('link', { name: 'Publicera omgången' }).click();
      await page.getByRole('heading', { level: 1, name: `Publicera omgång ${round}` }).waitFor();
      await page.getByText('Omgången är inte publicerad.').waitFor();

      await page.getByRole('button', { name: 'Förhandsgranska röjandekontrollen' }).click();
      const counts = page.locator('table').filter({ has: page.locator('caption', { hasText: 'Värden som inte publiceras' }) });
      await counts.waitFor({ timeout: 120_000 });
      const countRows = await rows(page, 'Värden som inte publiceras');
      expect(countRows.map((r) => r[0])).toContain('Handläggare per inriktning');
      // With 290 kommuner something is always left out somewhere (a small län, a rare topic).
      const hiddenInAll = countRows.reduce((sum, r) => sum + Number(r[1]) + Number(r[2]) + Number(r[3]), 0);
      expect(hiddenInAll).toBeGreaterThan(0);
      expect(await page.getByText(/betyder att uppgiften inte publiceras för att skydda enskilda/).count()).toBe(1);

      // A small län's suppressed values, each with its reason.
      const filter = page.getByLabel('Urval');
      const options = await filter.locator('option').allTextContents();
      expect(options[0].trim()).toBe('Hela landet');
      await filter.selectOption({ label: 'Län: Gotlands län' });
      await page.getByText(/Visar \d+ av \d+ dolda värden\.|Inga dolda värden i urvalet\./).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByLabel('Kommentar (frivillig)').fill('Första publiceringen av omgången.');
      await page.getByRole('button', { name: 'Publicera omgången' }).click();
      const done = page.locator('.panel').filter({ hasText: `Omgång ${round} är publicerad` });
      await done.waitFor({ timeout: 120_000 });
      expect(await done.innerText()).toContain('första publiceringen');
      expect(await rows(page, 'Omgångens publiceringar')).toEqual([[expect.any(String), expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), expect.any(String), expect.stringMatching(/^\d+$/), 'Första publiceringen av omgången.']]);
      await done.getByRole('link', { name: 'Visa den publicerade statistiken' }).click();
      await page.getByRole('heading', { level: 1, name: `Nationell statistik, omgång ${round}` }).waitFor();
      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'visitor without an account: reads the published tables, filters by län, downloads XLSX, CSV and PX',
    async () => {
      const { page, problems } = await newPage();
      await page.goto(`${baseUrl()}/statistik`);
      await page.getByRole('link', { name: `Omgång ${round}` }).click();
      await page.getByRole('heading', { level: 1, name: `Nationell statistik, omgång ${round}` }).waitFor();
      await page.getByRole('heading', { name: 'Genomförd kompetensutveckling' }).waitFor();
      const topics = await rows(page, 'Inriktningar i årsarbetare och andel');
      expect(topics.length).toBeGreaterThan(10);
      // Every N of a published row rests on at least 3 kommuner, or the row shows nothing but `..`.
      for (const row of topics) {
        const n = Number(row[row.length - 1]);
        if (n < 3) expect(row.slice(1, -1).every((cell) => cell === '..' || cell === '–')).toBe(true);
      }
      expect((await rows(page, 'Aktiviteter efter typ')).map((r) => r[0])).toContain('Högskolekurs');
      // The demo's synthetic kommuner report staffing: the national turnover of caseworkers is a published percent.
      const staffing = await rows(page, 'Personalomsättning och konsulter');
      expect(staffing.find((r) => r[0] === 'Handläggare')?.[3]).toMatch(/^\d+,\d %$/);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByLabel('Urval').selectOption({ label: 'Gotlands län' });
      await page.getByRole('button', { name: 'Visa', exact: true }).click();
      await page.getByRole('heading', { name: 'Ladda ned: Län: Gotlands län' }).waitFor();
      // Gotland is one kommun: nothing of its own may show.
      for (const row of await rows(page, 'Inriktningar i årsarbetare och andel, Län: Gotlands län')) {
        expect(row.slice(1, -1).every((cell) => cell === '..' || cell === '–')).toBe(true);
      }

      await page.getByLabel('Urval').selectOption({ label: 'Hela landet' });
      await page.getByRole('button', { name: 'Visa', exact: true }).click();
      await page.getByRole('heading', { name: 'Ladda ned: Hela landet' }).waitFor();
      const download = async (name: string) => {
        const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
        return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) as string) };
      };
      const workbook = await download('Alla tabeller som Excel (XLSX)');
      expect(workbook.name).toMatch(/\.xlsx$/);
      const first = readFirstSheet(new Uint8Array(workbook.bytes));
      expect(first.rows.length).toBeGreaterThan(5);
      const csv = await download('Inriktningar som CSV');
      const text = csv.bytes.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.split(/\r?\n/)[0]).toContain(';');
      const staffingCsv = await download('Bemanning som CSV');
      expect(staffingCsv.bytes.toString('utf8')).toContain('personalomsättning');
      const px = await download('Kompetensutveckling som PX-fil');
      expect(px.bytes.toString('latin1')).toContain('CODEPAGE="iso-8859-1";');
      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'visitor on a phone and on paper: no sideways scrolling of the page, the print layout names the filter and hides the controls',
    async () => {
      const { page, problems } = await newPage(PHONE);
      await page.goto(`${baseUrl()}/statistik/${round}`);
      await page.getByRole('heading', { name: 'Genomförd kompetensutveckling' }).waitFor();
      // Wide tables scroll inside their own labelled region; the page itself fits the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('form.filters').isVisible()).toBe(false);
      expect(await page.getByText('Alla tabeller som Excel (XLSX)').isVisible()).toBe(false);
      expect(await page.getByText('Urval: Hela landet.').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    "kommun administrator: sees the kommun's own column beside the published national, län and kommungrupp values",
    async () => {
      const { page, problems } = await newPage();
      await signIn(page, baseUrl(), DEMO_LOGINS.municipality_admin);
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nationell jämförelse' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nationell jämförelse' }).waitFor();
      await page.getByLabel('Omgång').selectOption(round);
      await page.getByLabel('Tabell').selectOption({ label: 'Kompetensområden' });
      const table = page.locator('section[aria-labelledby="comparison-heading"] table');
      await table.locator('caption').waitFor();
      const headings = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
      expect(headings[0]).toBe('Mått');
      expect(headings[1]).toMatch(/^Egen kommun \(.+\)$/);
      expect(headings[2]).toBe('Riket');
      expect(headings[3]).toMatch(/län$/);
      const body = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim())));
      expect(body.length).toBeGreaterThan(0);
      // The national column is published for every area (290 kommuner), the own column is the kommun's exact share.
      expect(body.every((r) => /^\d+,\d %$/.test(r[2]))).toBe(true);
      expect(body.some((r) => /^\d+,\d %$/.test(r[1]))).toBe(true);
      await page.getByRole('heading', { name: 'Utvecklingen mot riket' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
