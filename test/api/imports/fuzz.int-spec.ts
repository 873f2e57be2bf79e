import { createTestApp, createUnit, signInAs, type TestApp } from '@kl/api/testing';
import { FIELD_ERROR_CODES, type ImportJob, TABULAR_PROBLEM_CODES } from '@kl/shared/contracts';
import { tabularProblemText } from '@kl/shared/util';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { createRound, publishedFrameworkId } from '../inventory/inventory-fixtures';
import { STAFF_HEADER, staffRow, xlsxFile } from './import-files';

const CODES = new Set<string>([...TABULAR_PROBLEM_CODES, ...FIELD_ERROR_CODES]);

/** Fuzzed files never give a 500, never write part of a file, and every problem says where it is. */
describe('fuzzed import files', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let roundId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    await createUnit(t, { name: 'Fuzzenheten' });
    roundId = (await createRound(admin, await publishedFrameworkId(t))).id;
  });
  afterAll(() => t.close());

  const counts = async () =>
    (await t.owner.query(`SELECT (SELECT count(*) FROM staff_member)::int AS staff, (SELECT count(*) FROM assessment)::int AS assessments`))[0] as { staff: number; assessments: number };

  /** Uploads, checks the answer's shape, and confirms; a refused file must leave every row as it was. */
  async function check(path: string, file: Buffer): Promise<void> {
    const before = await counts();
    const response = await admin.post(path).set('Content-Type', 'application/octet-stream').send(file);
    expect(response.status).toBe(201);
    const job = response.body as ImportJob;
    for (const problem of job.problems) {
      expect(CODES.has(problem.code)).toBe(true);
      expect(problem.message).toBe(tabularProblemText(problem.code));
      if (problem.row !== null) expect(problem.row).toBeGreaterThanOrEqual(1);
    }
    const confirmed = await admin.post(`/api/imports/${job.id}/confirm`);
    if (job.state === 'invalid') {
      expect(job.problems.length).toBeGreaterThan(0);
      expect(confirmed.status).toBe(409);
      expect(await counts()).toEqual(before);
    } else {
      expect(confirmed.status).toBe(200);
      expect(['done', 'invalid']).toContain(confirmed.body.state);
      if (confirmed.body.state === 'invalid') expect(await counts()).toEqual(before);
    }
  }

  it('arbitrary bytes, as staff and as assessments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3_000 }), fc.boolean(), async (bytes, staff) => {
        await check(staff ? '/api/imports/staff/file' : `/api/imports/assessments/file?roundId=${roundId}`, Buffer.from(bytes));
      }),
      { numRuns: 40 },
    );
  });

  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('=1+1', '', ' ', '-', 'G', 'ja', '37,5', '1e3', '45000', '2023-02-29', '2024-02-29', 'kvinna', 'handläggare', 'Fuzzenheten', '"', ';', 'x'.repeat(2_000)),
  );

  it('valid staff files with cells replaced, columns dropped or doubled, in any encoding and delimiter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: STAFF_HEADER.length - 1 }), cell), { maxLength: 4 }),
        fc.constantFrom<'drop' | 'double' | 'none'>('drop', 'double', 'none'),
        fc.nat({ max: STAFF_HEADER.length - 1 }),
        fc.constantFrom('utf-8', 'windows-1252', 'xlsx'),
        fc.constantFrom(';', ','),
        fc.nat({ max: 1_000_000 }),
        async (edits, columnEdit, column, encoding, delimiter, seed) => {
          const rows: (string | number | null)[][] = [STAFF_HEADER, ...[0, 1, 2].map((i) => staffRow(`FZ-${seed}-${i}`, 'Fuzzenheten'))];
          for (const [row, col, value] of edits) rows[row + 1][col] = value;
          const shaped = rows.map((row) =>
            columnEdit === 'drop' ? row.filter((_v, i) => i !== column) : columnEdit === 'double' ? [...row, row[column]] : row,
          );
          const file =
            encoding === 'xlsx'
              ? await xlsxFile(shaped.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1), result: 2 } : v))))
              : iconv.encode(shaped.map((row) => row.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(delimiter)).join('\r\n'), encoding);
          await check('/api/imports/staff/file', file);
        },
      ),
      { numRuns: 40 },
    );
  });
});
