import { createTestApp, signInAs, type TestApp } from '@kl/api/testing';
import {
  INDICATOR_MEASURES,
  NATIONAL_TABLES,
  type NationalTableName,
  type PublishedRoundDetail,
  type PublishedStaffing,
  type PublishedTraining,
} from '@kl/shared/contracts';
import {
  CASEWORKER_MEASURES,
  type PublishedNames,
  publishedNames,
  publishedStaffingLines,
  publishedTrainingLines,
  TEAM_LEADER_MEASURES,
} from '@kl/shared/util';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { createNationalRound, csv, nationalFrameworkId, staffingRows, upload } from './national-fixtures';

/** The inventory's tables, laid out as the final report's; the training and staffing tables are lists of lines. */
const INVENTORY_TABLES = NATIONAL_TABLES.filter((name) => name !== 'training' && name !== 'staffing');
let names: PublishedNames;

const SMALL_FTE = ['0', '0,5', '1', '1,5', '2', '3', '4', '6'];
const pick = <T>(list: readonly T[], seed: number) => list[Math.abs(seed) % list.length];
type Row = Record<string, unknown> & { suppressed: string[] };

/** The raw bytes of a download, whatever its content type says. */
function bytes(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

function valueAt(row: object, key: string): unknown {
  return key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], row);
}

/** What a file must show for a published value: the value, `..` when suppressed, nothing else. */
function expected(row: Row, key: string, form: 'csv' | 'px', share = false): string {
  const value = valueAt(row, key);
  if (value === null) return row.suppressed.includes(key) ? '..' : form === 'csv' ? (share ? '–' : '') : '.';
  if (!share) return form === 'csv' ? String(value).replace('.', ',') : String(value);
  const percent = (Number(value) * 100).toFixed(10);
  const rounded = (Math.round(Number(percent) * 10 + 1e-6) / 10).toFixed(1);
  return form === 'csv' ? `${rounded.replace('.', ',')} %` : rounded;
}

/**
 * Which published key each column of a table's files holds (the file's headings, as the
 * definitions sheet explains them): the downloads are compared cell by cell with the JSON route.
 */
function columnKey(table: NationalTableName, heading: string): { key: string; share: boolean; exact?: boolean } | null {
  const level = /\((G|F|S)\)/.exec(heading)?.[1];
  if (table === 'indicators') return ['Ja', 'Delvis', 'Nej'].includes(heading) ? { key: heading.toLowerCase(), share: false } : null;
  if (heading === 'Totalt, årsarbetare') return { key: 'total', share: false };
  if (!level) return null;
  if (heading.endsWith('medel av inriktningarnas andelar')) return { key: `meanOfTopicShares.${level}`, share: true };
  if (heading.endsWith('andel av årsarbetarna')) return { key: `pooledShare.${level}`, share: true };
  if (heading.endsWith('andel (exakt)')) return { key: `share.${level}`, share: false, exact: true };
  if (heading.endsWith('andel')) return { key: `share.${level}`, share: true };
  return { key: `fte.${level}`, share: false };
}

const STAFF = { caseworkers: CASEWORKER_MEASURES, 'team-leaders': TEAM_LEADER_MEASURES } as const;

/**
 * Every download of the public page (CSV and PX of every table, the XLSX of every filter) carries
 * exactly the published values of the JSON route: a suppressed value is `..`, never the number.
 */
describe('public downloads of a published round of many small kommuner', () => {
  let t: TestApp;
  const filterKeys: string[] = ['all'];

  beforeAll(async () => {
    t = await createTestApp();
    const analyst = await signInAs(t, 'national_analyst');
    const frameworkId = await nationalFrameworkId(t);
    await createNationalRound(analyst, frameworkId, 'D14', { referenceDate: '2014-11-01', open: false });
    await createNationalRound(analyst, frameworkId, 'D16', { referenceDate: '2016-11-01', open: false });
    const topics: { code: string }[] = await t.owner.query(
      `SELECT code FROM competence_topic WHERE framework_id = $1 ORDER BY code`,
      [frameworkId],
    );
    const kommuner: { code: string }[] = await t.owner.query(`SELECT code FROM municipality ORDER BY code`);
    // The survey of publication-disclosure.int-spec.ts: every fourth kommun, about three per län.
    const chosen = kommuner.filter((_k, i) => i % 4 === 0).map((k) => k.code);
    const rows = (round: string, codes: readonly string[]) =>
      codes.flatMap((kommun, k) => [
        ...topics.flatMap((topic, i) =>
          ['G', 'F', 'S'].map((level, j) => `${kommun};${round};bedomning_fte;${topic.code};${level};;${pick(SMALL_FTE, k * 7 + i * 3 + j * 5)}`),
        ),
        ...['K', 'M', 'A'].map((g, j) => `${kommun};${round};handlaggare_fte;;;${g};${pick(SMALL_FTE, k + j * 3)}`),
        `${kommun};${round};handlaggare_socionom_under1ar_fte;;;;${pick(SMALL_FTE, k * 5)}`,
        ...['K', 'M'].map((g, j) => `${kommun};${round};handlaggare_utan_socionom_fte;;;${g};${pick(SMALL_FTE, k * 3 + j)}`),
        `${kommun};${round};handlaggare_fortbildning_antal;;;;${k % 4}`,
        `${kommun};${round};handlaggare_vidareutbildning_antal;;;;${k % 3}`,
        `${kommun};${round};handlaggare_magister_antal;;;;${k % 2}`,
        ...['K', 'M', 'A'].map((g, j) => `${kommun};${round};arbetsledare_antal;;;${g};${(k + j) % 3}`),
        `${kommun};${round};arbetsledare_forsta_chefsjobb_antal;;;;${k % 2}`,
        `${kommun};${round};arbetsledare_behov_antal;;;;${k % 3}`,
        `${kommun};${round};arbetsledare_under3ar_antal;;;;${k % 2}`,
        ...INDICATOR_MEASURES.map((m, j) => `${kommun};${round};${m};;;;${pick(['ja', 'delvis', 'nej', 'ja'], k * (j + 1))}`),
        ...staffingRows(kommun, round, k),
      ]);
    await upload(analyst, 'D14', csv(rows('D14', chosen.filter((_c, i) => i % 10 === 0)))).expect(201);
    await upload(analyst, 'D16', csv(rows('D16', chosen))).expect(201);
    await analyst.post('/api/national/rounds/D16/publications').send({}).expect(201);
    const detail = (await t.http().get('/api/public/national/rounds/D16').expect(200)).body as PublishedRoundDetail;
    names = publishedNames(detail);
    filterKeys.push(
      ...detail.filters.kommungrupp.map((g) => `kommungrupp=${g.code}`),
      ...detail.filters.lan.map((c) => `lan=${c.code}`),
      ...detail.filters.cohort.map((c) => `cohort=${c}`),
    );
  }, 120_000);
  afterAll(() => t.close());

  const json = async (table: NationalTableName, query: string): Promise<Row[]> => {
    const body = (await t.http().get(`/api/public/national/rounds/D16/tables/${table}${query}`).expect(200)).body as Row & { rows?: Row[] };
    return body.rows ?? [body];
  };

  /** The expected text of every cell of a table's file, by row (a staff measure, or the JSON row's order) and column. */
  const expectedGrid = (table: NationalTableName, rows: Row[], headings: string[], form: 'csv' | 'px'): string[][] => {
    if (table === 'caseworkers' || table === 'team-leaders') {
      return STAFF[table].map((m) => [expected(rows[0], m.key, form)]);
    }
    return rows.map((row) =>
      headings.flatMap((heading) => {
        const column = columnKey(table, heading);
        if (!column) return heading.startsWith('N') ? [String(row['n'])] : [];
        return [column.exact ? (valueAt(row, column.key) ?? (row.suppressed.includes(column.key) ? '..' : '')) as string : expected(row, column.key, form, column.share)];
      }),
    );
  };

  it('writes every table of every filter as CSV with exactly the published values', async () => {
    expect(filterKeys.length).toBeGreaterThan(20);
    let suppressed = 0;
    for (const filterKey of filterKeys) {
      const query = filterKey === 'all' ? '' : `?${filterKey}`;
      for (const table of INVENTORY_TABLES) {
        const rows = await json(table, query);
        const response = await t.http().get(`/api/public/national/rounds/D16/tables/${table}.csv${query}`).expect(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(response.headers['content-disposition']).toMatch(/^attachment; filename="nationell-statistik-d16/);
        expect(response.text.startsWith('\ufeff')).toBe(true);
        const [headings, ...lines] = response.text.slice(1).trimEnd().split('\r\n').map((line) => line.split(';'));
        const staff = table === 'caseworkers' || table === 'team-leaders';
        const cells = staff
          ? lines.map((line) => [line.slice(1, -1).find((c) => c !== '') ?? ''])
          : lines.map((line) => line.filter((_c, i) => columnKey(table, headings[i]) !== null || headings[i].startsWith('N')));
        expect({ filterKey, table, cells }).toEqual({ filterKey, table, cells: expectedGrid(table, rows, headings, 'csv') });
        suppressed += cells.flat().filter((c) => c === '..').length;
      }
    }
    expect(suppressed).toBeGreaterThan(100);
  }, 120_000);

  it('writes every table of every filter as a PX file with exactly the published values, in ISO-8859-1', async () => {
    for (const filterKey of filterKeys) {
      const query = filterKey === 'all' ? '' : `?${filterKey}`;
      for (const table of INVENTORY_TABLES) {
        const rows = await json(table, query);
        const response = await t.http().get(`/api/public/national/rounds/D16/tables/${table}.px${query}`).buffer(true).parse(bytes).expect(200);
        const text = (response.body as Buffer).toString('latin1');
        expect(text.startsWith('CHARSET="ANSI";')).toBe(true);
        expect(text).toContain('Röjandekontroll enligt policy version 2026.1');
        const data = text.slice(text.indexOf('DATA=') + 5).replace(/;\s*$/, '').trim().split(/\s+/).map((c) => c.replace(/^"(.*)"$/, '$1'));
        const staff = table === 'caseworkers' || table === 'team-leaders';
        const headings = staff ? [] : (/VALUES\("(?:uppgift|svar)"\)=([^;]*);/.exec(text)?.[1] ?? '').split(/",\s*"/).map((h) => h.replace(/"/g, ''));
        const grid = expectedGrid(table, rows, headings, 'px').flat();
        const got = staff ? data.slice(0, grid.length) : data;
        expect({ filterKey, table, data: got }).toEqual({ filterKey, table, data: grid });
      }
    }
  }, 120_000);

  it.each(['training', 'staffing'] as const)('writes the %s table of every filter as CSV and PX, a line each, `..` exactly where the publication left a value out', async (table) => {
    let suppressed = 0;
    for (const filterKey of filterKeys) {
      const query = filterKey === 'all' ? '' : `?${filterKey}`;
      const body = (await t.http().get(`/api/public/national/rounds/D16/tables/${table}${query}`).expect(200)).body;
      const lines = table === 'training' ? publishedTrainingLines(body as PublishedTraining, names) : publishedStaffingLines(body as PublishedStaffing);
      suppressed += lines.filter((l) => l.value === null && l.suppressed.includes(l.key)).length;
      const text = (line: (typeof lines)[number], form: 'csv' | 'px') => {
        if (line.value === null) return line.suppressed.includes(line.key) ? '..' : form === 'csv' ? '' : '.';
        const value = Number(line.value) * (line.unit === 'procent' ? 100 : 1);
        return form === 'csv' ? value.toFixed(2).replace('.', ',') : line.unit === 'procent' ? value.toFixed(1) : String(line.value);
      };
      const csvText = (await t.http().get(`/api/public/national/rounds/D16/tables/${table}.csv${query}`).expect(200)).text;
      const csvLines = csvText.slice(1).trimEnd().split('\r\n').slice(1).map((l) => l.split(';'));
      expect({ filterKey, values: csvLines.map((l) => l[1]) }).toEqual({ filterKey, values: lines.map((l) => text(l, 'csv')) });
      const px = ((await t.http().get(`/api/public/national/rounds/D16/tables/${table}.px${query}`).buffer(true).parse(bytes).expect(200)).body as Buffer).toString('latin1');
      const data = px.slice(px.indexOf('DATA=') + 5).replace(/;\s*$/, '').trim().split(/\s+/).map((c) => c.replace(/^"(.*)"$/, '$1'));
      expect({ filterKey, data }).toEqual({ filterKey, data: lines.map((l) => text(l, 'px')) });
    }
    if (table === 'staffing') expect(suppressed).toBeGreaterThan(20);
  }, 120_000);

  it('writes one XLSX per filter: a sheet per table with the published values and `..`, and the definitions', async () => {
    for (const filterKey of filterKeys) {
      const query = filterKey === 'all' ? '' : `?${filterKey}`;
      const response = await t.http().get(`/api/public/national/rounds/D16/download.xlsx${query}`).buffer(true).parse(bytes).expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Områden', 'Inriktningar', 'Handläggare', 'Arbetsledare', 'Indikatorer', 'Genomförd utbildning', 'Bemanning', 'Definitioner']);
      const topics = await json('topics', query);
      const sheet = workbook.getWorksheet('Inriktningar');
      topics.forEach((row, i) => {
        const cells = sheet?.getRow(i + 2);
        // Årsarbetare G is column C: the published number, or `..`.
        const g = row['fte'] as Record<string, string | null>;
        expect({ filterKey, topic: row['topic'], value: cells?.getCell(3).value }).toEqual({
          filterKey,
          topic: row['topic'],
          value: g['G'] === null ? '..' : Number(g['G']),
        });
      });
      const definitions = workbook.getWorksheet('Definitioner');
      const policy = definitions?.getColumn(2).values.find((v) => String(v).startsWith('Policy version'));
      expect(policy).toBe('Policy version 2026.1: minst 3 kommuner och 5 personer per uppgift.');
    }
  }, 120_000);

  it('answers a filter the publication has no table for, two filters and an unpublished round as the JSON route does', async () => {
    await t.http().get('/api/public/national/rounds/D16/tables/topics.csv?lan=99').expect(400);
    await t.http().get('/api/public/national/rounds/D16/download.xlsx?lan=01&cohort=D16').expect(400);
    await t.http().get('/api/public/national/rounds/D14/tables/topics.px').expect(404);
    await t.http().get('/api/public/national/rounds/D14').expect(404);
    await t.http().get('/api/public/national/rounds/D16/tables/nothing.csv').expect(400);
  });
});
