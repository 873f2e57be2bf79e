// Throwaway: EXPLAIN ANALYZE of the assessment import's append, as the app role (not committed).
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { appLoginUrl, dropDatabase, ensureDatabase, loadConfig, runMigrations, withDatabase } from '@kl/api/core';
import { appendImportedCells } from '@kl/api/inventory';
import { createApp } from '@kl/api/shell';
import { migrations } from '@kl/migrations';
import { Client } from 'pg';
import { CSRF_HEADER } from '@kl/shared/contracts';
import { login } from './lib/http-client';
import { generateKommun } from './lib/synthetic';

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function main() {
  const server = process.env['DATABASE_URL'] as string;
  const name = `kl_prof_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(server, name);
  const url = withDatabase(server, name);
  try {
    await runMigrations(url, migrations);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ROUND_CLOCK_INTERVAL_SECONDS: '0' });
    const app = await createApp({ config, databaseUrl: url, quiet: true });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const owner = new Client({ connectionString: url });
    await owner.connect();
    const kommun = await generateKommun(owner, '1283', 1, 40, 11);
    const session = await login(base, kommun.email, kommun.password);
    const post = async (path: string, body?: Buffer) => {
      const r = await fetch(`${base}${path}`, { method: 'POST', headers: { Cookie: session.cookie, [CSRF_HEADER]: session.csrfToken, ...(body ? { 'content-type': 'application/octet-stream' } : {}) }, body: body ? new Uint8Array(body) : undefined });
      return (await r.json()) as { id: string; state: string; problemCount: number };
    };
    const topics = (await owner.query(`SELECT t.code FROM inventory_round r JOIN competence_topic t ON t.framework_id = r.framework_id WHERE r.id = $1 ORDER BY t.code`, [kommun.roundId])).rows.map((r) => r.code as string);
    const header = ['anstallningsnummer', 'fornamn', 'efternamn', 'epost', 'enhet', 'roll', 'kon', 'sysselsattningsgrad', 'anstallningsform', 'anstalld_fran', 'anstalld_till', 'yrkeserfarenhet_fran', 'examen', 'examensar', 'fortbildning', 'vidareutbildning', 'magister', 'behorighet', 'dispens_till', 'forsta_chefsjobbet', 'behov_kompetensutveckling'];
    const staffRows = Array.from({ length: 1500 }, (_v, i) => {
      const n = String(i + 1).padStart(5, '0');
      return [`B${n}`, 'Åsa', `Öberg ${n}`, null, `Enhet ${String((i % 40) + 1).padStart(2, '0')}`, 'handläggare', 'kvinna', 87.5, 'tillsvidare', '2020-01-15', null, '2018-06-01', 'socionomexamen', 2018, 'ja', 'nej', 'nej', 'behörig', null, null, null];
    });
    const staffJob = await post('/api/imports/staff/file', await xlsx([header, ...staffRows]));
    console.log('staff', (await post(`/api/imports/${staffJob.id}/confirm`)).state);
    const L = ['G', 'F', 'S', '-'];
    const levelFile = await xlsx([['anstallningsnummer', ...topics], ...staffRows.map((row, i) => [row[0], ...topics.map((_t, j) => L[(i + j) % 4])])]);
    const job = await post(`/api/imports/assessments/file?roundId=${kommun.roundId}`, levelFile);
    const [{ plan }] = (await owner.query('SELECT plan FROM import_job WHERE id = $1', [job.id])).rows;
    const kept = plan.plan as { staff: string[]; topics: [string, string][]; cells: [number, number, number, string | null, string | null][] };
    const writes = kept.cells.map(([s, t, seq, value, comment]) => ({ staffMemberId: kept.staff[s], topicId: kept.topics[t][0], topicCode: kept.topics[t][1], seq, value, comment })) as never[];
    const [{ id: actor }] = (await owner.query('SELECT id FROM user_account WHERE email = $1', [kommun.email])).rows;
    await owner.query('ANALYZE');
    const appClient = new Client({ connectionString: appLoginUrl(url) });
    await appClient.connect();
    const explain = async (label: string) => {
      await appClient.query('BEGIN');
      await appClient.query(`SELECT set_config('app.municipality_id', $1, true)`, [kommun.municipalityId]);
      await appClient.query('SET LOCAL enable_nestloop = off');
      if (label.includes('noseq')) await appClient.query('SET LOCAL enable_seqscan = off');
      const started = performance.now();
      const tx = {
        municipalityId: kommun.municipalityId, actorUserId: actor,
        prepared: async (sql: string, params: unknown[]) => {
          const rows = (await appClient.query(`EXPLAIN (ANALYZE, BUFFERS off) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']);
          console.log(`--- ${label}\n` + rows.filter((l: string) => /Trigger|Execution|Planning|Insert on|CTE /.test(l)).join('\n'));
          return [{ appended: 0 }];
        },
      };
      await appendImportedCells(tx as never, kommun.roundId, writes);
      console.log(label, 'wall', (performance.now() - started).toFixed(0), 'ms');
      await appClient.query('ROLLBACK');
    };
    const unnestOnly = async () => {
      const started = performance.now();
      const r = await appClient.query(`EXPLAIN ANALYZE SELECT count(*) FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::text[]) AS x(a, b, c, d, e, f)`,
        [writes.map((w: any) => w.staffMemberId), writes.map((w: any) => w.topicId), writes.map((w: any) => w.topicCode), writes.map((w: any) => w.seq), writes.map((w: any) => w.value), writes.map((w: any) => w.comment)]);
      console.log('unnest only', r.rows.map((x) => x['QUERY PLAN']).filter((l: string) => /Execution/.test(l)).join(' '), 'wall', (performance.now() - started).toFixed(0));
    };
    await unnestOnly();
    await owner.query(`SET plan_cache_mode = force_generic_plan`);
    await owner.query(`PREPARE ri(uuid, uuid, uuid, assessment_source, int) AS SELECT 1 FROM ONLY assessment x WHERE round_id OPERATOR(pg_catalog.=) $1 AND staff_member_id OPERATOR(pg_catalog.=) $2 AND topic_id OPERATOR(pg_catalog.=) $3 AND source OPERATOR(pg_catalog.=) $4 AND seq OPERATOR(pg_catalog.=) $5 FOR KEY SHARE OF x`);
    const w0 = writes[0] as any;
    console.log((await owner.query(`EXPLAIN ANALYZE EXECUTE ri('${kommun.roundId}', '${w0.staffMemberId}', '${w0.topicId}', 'leader', 1)`).catch((e) => { console.error('EXPLAIN', e); return { rows: [] as any[] }; })).rows.map((r) => r['QUERY PLAN']).join('\n'));
    console.log((await owner.query(`SELECT indexrelid::regclass, indisunique, indimmediate FROM pg_index WHERE indrelid = 'assessment'::regclass`)).rows);
    if (process.env['ONLY_RI']) { await appClient.end(); await owner.end(); await app.close(); return; }
    await explain('composite fk noseq');
    await explain('composite fk');
    await owner.query(`ALTER TABLE assessment_cell DROP CONSTRAINT fk_assessment_cell_assessment`);
    await owner.query(`ALTER TABLE assessment_cell ADD CONSTRAINT fk_assessment_cell_staff_member FOREIGN KEY (staff_member_id) REFERENCES staff_member(id) ON DELETE CASCADE`);
    await explain('staff fk only');
    await owner.query(`ALTER TABLE assessment_cell DROP CONSTRAINT fk_assessment_cell_staff_member`);
    await owner.query(`ALTER TABLE assessment_cell ADD CONSTRAINT fk_assessment_cell_assessment FOREIGN KEY (round_id, staff_member_id, topic_id, source, seq) REFERENCES assessment (round_id, staff_member_id, topic_id, source, seq) ON DELETE CASCADE`);
    // The schema as it was: four references of the cell's own and the topic index.
    await owner.query(`ALTER TABLE assessment_cell DROP CONSTRAINT fk_assessment_cell_assessment`);
    await owner.query(`CREATE INDEX ix_assessment_cell_topic ON assessment_cell (topic_id)`);
    for (const [n, c, t, d] of [['municipality', 'municipality_id', 'municipality', 'CASCADE'], ['round', 'round_id', 'inventory_round', 'RESTRICT'], ['staff_member', 'staff_member_id', 'staff_member', 'CASCADE'], ['topic', 'topic_id', 'competence_topic', 'RESTRICT']]) {
      await owner.query(`ALTER TABLE assessment_cell ADD CONSTRAINT fk_assessment_cell_${n} FOREIGN KEY (${c}) REFERENCES ${t}(id) ON DELETE ${d}`);
    }
    for (const round of [1]) await explain(`four fks #${round}`);
    await appClient.end();
    await owner.end();
    await app.close();
  } finally {
    await dropDatabase(server, name).catch(() => undefined);
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
