import { createTestApp, signInAs, type TestApp } from '@kl/api/testing';
import {
  INDICATOR_ANSWERS,
  INDICATOR_MEASURES,
  NATIONAL_TABLES,
  STAFFING_DIFFICULTY_CODES,
  STAFFING_REASON_CODES,
  STAFFING_ROLE_CODES,
  TRAINING_ACTIVITY_MEASURES,
  TRAINING_TARGET_MEASURES,
  TRAINING_TYPE_CODES,
  type ComparisonTrend,
  type NationalPublication,
  type PublishedRound,
  type PublishedTopicRow,
  type RegionalTable,
  type TableComparison,
} from '@kl/shared/contracts';
import { createNationalRound, csv, nationalFrameworkId, staffingRows, upload } from './national-fixtures';

/** Values a small kommun might send: many cells on one or two kommuner, many under five persons. */
const SMALL_FTE = ['0', '0,5', '1', '1,5', '2', '3', '4', '6'];
const pick = <T>(list: readonly T[], seed: number) => list[Math.abs(seed) % list.length];

interface Cell {
  kommuner: number;
  sum: number;
}

/**
 * No published table (every table × every single filter) carries a cell that rests on fewer than
 * 3 kommuner or 5 persons, and every value not published is named in `suppressed`. What each
 * cell rests on is computed here from the submitted values, apart from the kept aggregates.
 */
describe('published national tables on a survey of many small kommuner', () => {
  let t: TestApp;
  let publication: NationalPublication;
  const filterKeys: string[] = ['all'];

  beforeAll(async () => {
    t = await createTestApp();
    const analyst = await signInAs(t, 'national_analyst');
    const frameworkId = await nationalFrameworkId(t);
    await createNationalRound(analyst, frameworkId, 'S14', { referenceDate: '2014-11-01', open: false });
    await createNationalRound(analyst, frameworkId, 'S16', { referenceDate: '2016-11-01', open: false });
    const topics: { code: string }[] = await t.owner.query(
      `SELECT code FROM competence_topic WHERE framework_id = $1 ORDER BY code`,
      [frameworkId],
    );
    const kommuner: { code: string }[] = await t.owner.query(`SELECT code FROM municipality ORDER BY code`);
    // Every fourth kommun: about three per län, so a län's cells rest on one or two kommuner.
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
        ...trainingRows(kommun, round, k, topics.slice(0, 3).map((topic) => topic.code)),
        ...staffingRows(kommun, round, k),
      ]);
    // An earlier round for a tenth of them: two cohorts in S16.
    await upload(analyst, 'S14', csv(rows('S14', chosen.filter((_c, i) => i % 10 === 0)))).expect(201);
    await upload(analyst, 'S16', csv(rows('S16', chosen))).expect(201);
    publication = (await analyst.post('/api/national/rounds/S16/publications').send({}).expect(201)).body as NationalPublication;

    const keys: { key: string }[] = await t.owner.query(
      `SELECT 'kommungrupp=' || g.code AS key FROM municipality_group g JOIN national_round r ON r.classification_id = g.classification_id WHERE r.code = 'S16'
       UNION ALL SELECT 'lan=' || code FROM county
       UNION ALL SELECT unnest(ARRAY['cohort=S14', 'cohort=S16'])`,
    );
    filterKeys.push(...keys.map((k) => k.key));
  }, 120_000);
  afterAll(() => t.close());

  /** What each cell of a filter rests on, from the current submissions' values. */
  const restsOn = async (filterKey: string): Promise<Map<string, Cell>> => {
    const [dimension, value] = filterKey === 'all' ? ['all', ''] : filterKey.split('=');
    const rows: { key: string; kommuner: number; sum: string }[] = await t.owner.query(
      `WITH k AS (
         SELECT s.id, s.municipality_id, c.code AS lan, g.code AS kommungrupp,
                (SELECT r2.code FROM national_submission s2 JOIN national_round r2 ON r2.id = s2.national_round_id
                 WHERE s2.municipality_id = s.municipality_id AND s2.replaced_at IS NULL ORDER BY r2.reference_date LIMIT 1) AS cohort
         FROM national_submission s JOIN national_round r ON r.id = s.national_round_id
         JOIN municipality m ON m.id = s.municipality_id JOIN county c ON c.id = m.county_id
         LEFT JOIN municipality_group_membership gm ON gm.municipality_id = m.id AND gm.classification_id = r.classification_id
         LEFT JOIN municipality_group g ON g.id = gm.group_id
         WHERE r.code = 'S16' AND s.replaced_at IS NULL
           AND CASE $1 WHEN 'lan' THEN c.code = $2 WHEN 'kommungrupp' THEN g.code = $2 WHEN 'cohort' THEN false ELSE true END IS NOT FALSE
       ),
       v AS (
         SELECT k.municipality_id, k.cohort, x.measure, x.topic, x.level, x.gender, x.answer, coalesce(x.value, 1) AS value
         FROM k JOIN national_submission_value x ON x.submission_id = k.id
         WHERE $1 <> 'cohort' OR k.cohort = $2
       ),
       t AS (SELECT t.code AS topic, a.code AS area FROM competence_topic t JOIN competence_area a ON a.id = t.area_id
             JOIN national_round r ON r.framework_id = t.framework_id WHERE r.code = 'S16'),
       keyed AS (
         SELECT municipality_id, 'topics|' || topic || '|fte.' || level AS key, value FROM v WHERE measure = 'bedomning_fte'
         UNION ALL SELECT municipality_id, 'topics|' || topic || '|total', value FROM v WHERE measure = 'bedomning_fte'
         UNION ALL SELECT municipality_id, 'areas|' || t.area || '|fte.' || level, value FROM v JOIN t USING (topic) WHERE measure = 'bedomning_fte'
         UNION ALL SELECT municipality_id, 'caseworkers|fte.' || gender, value FROM v WHERE measure = 'handlaggare_fte'
         UNION ALL SELECT municipality_id, 'caseworkers|fte.total', value FROM v WHERE measure = 'handlaggare_fte'
         UNION ALL SELECT municipality_id, 'caseworkers|withoutSocionomFte.' || gender, value FROM v WHERE measure = 'handlaggare_utan_socionom_fte'
         UNION ALL SELECT municipality_id, 'caseworkers|withoutSocionomFte.total', value FROM v WHERE measure = 'handlaggare_utan_socionom_fte'
         UNION ALL SELECT municipality_id, 'caseworkers|socionomUnder1YearFte', value FROM v WHERE measure = 'handlaggare_socionom_under1ar_fte'
         UNION ALL SELECT municipality_id, 'caseworkers|' || CASE measure WHEN 'handlaggare_fortbildning_antal' THEN 'fortbildning'
                    WHEN 'handlaggare_vidareutbildning_antal' THEN 'vidareutbildning' ELSE 'magister' END, value
                   FROM v WHERE measure IN ('handlaggare_fortbildning_antal', 'handlaggare_vidareutbildning_antal', 'handlaggare_magister_antal')
         UNION ALL SELECT municipality_id, 'team-leaders|count.' || gender, value FROM v WHERE measure = 'arbetsledare_antal'
         UNION ALL SELECT municipality_id, 'team-leaders|count.total', value FROM v WHERE measure = 'arbetsledare_antal'
         UNION ALL SELECT municipality_id, 'team-leaders|' || CASE measure WHEN 'arbetsledare_forsta_chefsjobb_antal' THEN 'firstManagerialJob'
                    WHEN 'arbetsledare_behov_antal' THEN 'needOfDevelopment' WHEN 'arbetsledare_under3ar_antal' THEN 'under3Years'
                    WHEN 'arbetsledare_fortbildning_antal' THEN 'fortbildning' WHEN 'arbetsledare_vidareutbildning_antal' THEN 'vidareutbildning'
                    ELSE 'magister' END, value
                   FROM v WHERE measure LIKE 'arbetsledare_%' AND measure <> 'arbetsledare_antal'
         UNION ALL SELECT municipality_id, 'indicators|' || measure || '|' || answer, value FROM v WHERE measure LIKE 'ind_%'
         UNION ALL SELECT municipality_id, 'training|activities.byType.' || ty.type, value FROM v JOIN jsonb_each_text($3::jsonb) ty(type, code)
                   ON v.measure = 'aktivitet_' || ty.code || '_antal'
         UNION ALL SELECT municipality_id, 'training|activities.total', value FROM v WHERE measure = ANY($4::text[])
         UNION ALL SELECT municipality_id, 'training|activities.withCredits', value FROM v WHERE measure = 'aktivitet_hp_antal'
         UNION ALL SELECT municipality_id, 'training|activities.joint', value FROM v WHERE measure = 'aktivitet_samverkan_antal'
         UNION ALL SELECT municipality_id, 'training-topics|' || topic || '|participants', value FROM v WHERE measure = 'deltagare_inriktning_antal'
         UNION ALL SELECT municipality_id, 'training-topics|' || topic || '|activities', value FROM v WHERE measure = 'aktivitet_inriktning_antal'
         UNION ALL SELECT municipality_id, 'training|participants.total', value FROM v WHERE measure ~ '^deltagare_(handlaggare|arbetsledare)_'
         UNION ALL SELECT municipality_id, 'training|participants.byRole.' || CASE WHEN measure LIKE 'deltagare_handlaggare%' THEN 'caseworker' ELSE 'team_leader' END,
                   value FROM v WHERE measure ~ '^deltagare_(handlaggare|arbetsledare)_'
         UNION ALL SELECT municipality_id, 'training|participants.byDegreeAndBand.'
                   || CASE WHEN measure ~ '_utan_socionom_' THEN 'withoutSocionom' ELSE 'socionom' END || '.'
                   || CASE WHEN measure ~ '_under1ar_' THEN 'under1Year' WHEN measure ~ '_1till3ar_' THEN 'from1To3Years' ELSE 'from3Years' END,
                   value FROM v WHERE measure ~ '^deltagare_(handlaggare|arbetsledare)_'
         UNION ALL SELECT municipality_id, 'training|introduction.programmes', value FROM v WHERE measure = 'introduktionsprogram_antal'
         UNION ALL SELECT municipality_id, 'training|grants.requisitioned', value FROM v WHERE measure = 'statsbidrag_rekvirerat_kr'
         UNION ALL SELECT municipality_id, 'training|grants.used', value FROM v WHERE measure = 'statsbidrag_anvant_kr'
         UNION ALL SELECT municipality_id, 'staffing|' || (p.pair->>0), v.value FROM v JOIN jsonb_array_elements($5::jsonb) p(pair) ON v.measure = p.pair->>1
       ),
       per_kommun AS (SELECT municipality_id, key, sum(value) AS value FROM keyed GROUP BY 1, 2)
       SELECT key, count(*) FILTER (WHERE value <> 0)::int AS kommuner, sum(value)::text AS sum FROM per_kommun GROUP BY key`,
      [dimension, value, JSON.stringify(TRAINING_TYPE_CODES), [...TRAINING_ACTIVITY_MEASURES], JSON.stringify(STAFFING_SOURCES)],
    );
    return new Map(rows.map((r) => [r.key, { kommuner: r.kommuner, sum: Number(r.sum) }]));
  };

  const restsOnKept = new Map<string, Promise<Map<string, Cell>>>();
  const restsOnOnce = (filterKey: string) => {
    if (!restsOnKept.has(filterKey)) restsOnKept.set(filterKey, restsOn(filterKey));
    return restsOnKept.get(filterKey) as Promise<Map<string, Cell>>;
  };

  /** Checks one published body of a filter: no small cell shown, every value left out named. */
  const checkPublished = async (filterKey: string, table: string, body: Record<string, unknown> & { rows?: Record<string, unknown>[] }) => {
    const cells = await restsOnOnce(filterKey);
    let checked = 0;
    let hidden = 0;
    expect(body.policy).toEqual({ version: publication.policy.version });
    const rows = body.rows ?? [body];
    for (const row of rows) {
      const suppressed = row['suppressed'] as string[];
      const prefix =
        table === 'topics' ? `topics|${row['topic']}|` : table === 'areas' ? `areas|${row['area']}|` : table === 'indicators' ? `indicators|${row['measure']}|` : `${table}|`;
      for (const key of publishedKeys(table, row)) {
        const value = valueAt(row, key);
        if (value === null) {
          hidden += 1;
          const zeroShare = /^(share|meanOfTopicShares|pooledShare)\./.test(key) && allZero(row);
          if (!zeroShare) expect({ filterKey, table, key, suppressed: suppressed.includes(key) }).toEqual({ filterKey, table, key, suppressed: true });
          continue;
        }
        expect({ filterKey, table, key, listed: suppressed.includes(key) }).toEqual({ filterKey, table, key, listed: false });
        const basis = /^(share|meanOfTopicShares|pooledShare)\./.test(key) ? null : cells.get(prefix + key);
        if (!basis || basis.sum === 0) continue;
        checked += 1;
        // Indicator answers count kommuner and vacancies are posts: only the kommun threshold applies.
        const persons = table === 'indicators' || (table === 'staffing' && key.startsWith('vacancies.')) ? Infinity : Math.ceil(basis.sum - 1e-9);
        expect({ filterKey, table, key, small: basis.kommuner < 3 || persons < 5 }).toEqual({ filterKey, table, key, small: false });
      }
      // A rate is published only with the values it is computed from.
      if (table === 'staffing') {
        for (const group of ['roles.caseworker', 'roles.team_leader', 'total']) {
          if (valueAt(row, `${group}.turnover`) !== null) expect([valueAt(row, `${group}.leavers`), valueAt(row, `${group}.averageHeadcount`)]).not.toContain(null);
          if (valueAt(row, `${group}.consultantShare`) !== null) expect([valueAt(row, `${group}.consultantFte`), valueAt(row, `${group}.totalFte`)]).not.toContain(null);
        }
        if (valueAt(row, 'vacancies.meanDaysToFill') !== null) expect([valueAt(row, 'vacancies.filled'), valueAt(row, 'vacancies.daysToFill')]).not.toContain(null);
      }
      // A share is published only with the values it is computed from.
      if (table === 'topics') {
        for (const l of ['G', 'F', 'S']) {
          if (valueAt(row, `share.${l}`) !== null) expect([valueAt(row, `fte.${l}`), valueAt(row, 'total')]).not.toContain(null);
        }
      }
    }
    return { checked, hidden };
  };

  it('publishes every table of every filter with no small cell, and names every value it leaves out', async () => {
    expect(filterKeys.length).toBeGreaterThan(25);
    let checked = 0;
    let hidden = 0;
    for (const filterKey of filterKeys) {
      const query = filterKey === 'all' ? '' : `?${filterKey}`;
      for (const table of NATIONAL_TABLES.filter((name) => name !== 'training' && name !== 'staffing')) {
        const response = await t.http().get(`/api/public/national/rounds/S16/tables/${table}${query}`).expect(200);
        const counted = await checkPublished(filterKey, table, response.body);
        checked += counted.checked;
        hidden += counted.hidden;
      }
    }
    // The survey is small enough that much is left out, and large enough that much is shown.
    expect(hidden).toBeGreaterThan(100);
    expect(checked).toBeGreaterThan(100);
  }, 120_000);

  it('publishes the training table of every filter with no small cell, a topic’s cells named in its row', async () => {
    let checked = 0;
    let hidden = 0;
    for (const filterKey of filterKeys) {
      const cells = await restsOn(filterKey);
      const query = filterKey === 'all' ? '' : `?${filterKey}`;
      const body = (await t.http().get(`/api/public/national/rounds/S16/tables/training${query}`).expect(200)).body;
      const parts: [Record<string, unknown>, string, string[]][] = [
        [body, 'training|', TRAINING_KEYS],
        ...(body.topics as Record<string, unknown>[]).map(
          (row): [Record<string, unknown>, string, string[]] => [row, `training-topics|${row['topic']}|`, ['participants', 'activities']],
        ),
      ];
      for (const [row, prefix, keys] of parts) {
        for (const key of keys) {
          const value = valueAt(row, key);
          const listed = (row['suppressed'] as string[]).includes(key);
          expect({ filterKey, key, listed }).toEqual({ filterKey, key, listed: value === null });
          if (value === null) {
            hidden += 1;
            continue;
          }
          const basis = cells.get(prefix + key);
          if (!basis || basis.sum === 0) continue;
          checked += 1;
          const persons = /^(introduction|grants)\./.test(key) ? Infinity : basis.sum;
          expect({ filterKey, key, small: basis.kommuner < 3 || persons < 5 }).toEqual({ filterKey, key, small: false });
        }
      }
      // Kommuner with an introduction programme: a count of kommuner, shown only from three.
      const inUse = valueAt(body, 'introduction.kommunerInUse') as number | null;
      if (inUse !== null && inUse !== 0) expect(inUse).toBeGreaterThanOrEqual(3);
    }
    expect(hidden).toBeGreaterThan(50);
    expect(checked).toBeGreaterThan(50);
  });

  it('publishes the staffing table of every filter with no small cell, its rates only with what they are computed from', async () => {
    let checked = 0;
    let hidden = 0;
    for (const filterKey of filterKeys) {
      const query = filterKey === 'all' ? '' : `?${filterKey}`;
      const body = (await t.http().get(`/api/public/national/rounds/S16/tables/staffing${query}`).expect(200)).body;
      const counted = await checkPublished(filterKey, 'staffing', body);
      checked += counted.checked;
      hidden += counted.hidden;
    }
    expect(hidden).toBeGreaterThan(50);
    expect(checked).toBeGreaterThan(50);
  }, 120_000);

  it("answers every regional analyst only their län's published tables and the nation's, with no small cell", async () => {
    const counties: { code: string }[] = await t.owner.query(`SELECT code::text AS code FROM county ORDER BY code`);
    let checked = 0;
    for (const { code } of counties) {
      const regional = await signInAs(t, 'regional_analyst', { countyCode: code });
      for (const table of NATIONAL_TABLES) {
        const body = (await regional.get(`/api/regional/rounds/S16/tables/${table}`).expect(200)).body as RegionalTable;
        expect(body.county.code).toBe(code);
        checked += (await checkPublished(`lan=${code}`, table, body.lan as never)).checked;
        checked += (await checkPublished('all', table, body.national as never)).checked;
      }
    }
    expect(counties.length).toBe(21);
    expect(checked).toBeGreaterThan(100);
  }, 120_000);

  it("answers kommun administrators' comparisons with no small cell beside their own column", async () => {
    const chosen: { code: string; lan: string; grupp: string | null }[] = await t.owner.query(
      `SELECT DISTINCT ON (g.code) m.code::text AS code, c.code::text AS lan, g.code AS grupp
       FROM national_submission s JOIN national_round r ON r.id = s.national_round_id AND r.code = 'S16'
       JOIN municipality m ON m.id = s.municipality_id JOIN county c ON c.id = m.county_id
       LEFT JOIN municipality_group_membership gm ON gm.municipality_id = m.id AND gm.classification_id = r.classification_id
       LEFT JOIN municipality_group g ON g.id = gm.group_id
       WHERE s.replaced_at IS NULL ORDER BY g.code, m.code`,
    );
    expect(chosen.length).toBeGreaterThan(5);
    let checked = 0;
    for (const kommun of chosen) {
      const admin = await signInAs(t, 'municipality_admin', { municipalityCode: kommun.code });
      for (const table of NATIONAL_TABLES) {
        const body = (await admin.get(`/api/national/own/comparisons/S16/tables/${table}`).expect(200)).body as TableComparison;
        expect(body.own).not.toBeNull();
        checked += (await checkPublished('all', table, body.national as never)).checked;
        checked += (await checkPublished(`lan=${kommun.lan}`, table, body.lan as never)).checked;
        if (kommun.grupp) checked += (await checkPublished(`kommungrupp=${kommun.grupp}`, table, body.kommungrupp as never)).checked;
      }
      // The trend's national shares are the published ones, nothing more.
      const trend = (await admin.get('/api/national/own/comparisons/S16/trend').expect(200)).body as ComparisonTrend;
      const topics = (await t.http().get('/api/public/national/rounds/S16/tables/topics').expect(200)).body as { rows: PublishedTopicRow[] };
      for (const topic of trend.topics) {
        const last = topic.points[topic.points.length - 1];
        expect(last.national).toEqual(topics.rows.find((r) => r.topic === topic.topic)?.share);
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 120_000);

  it('answers without a session: the published round with its policy version', async () => {
    const rounds = (await t.http().get('/api/public/national/rounds').expect(200)).body as PublishedRound[];
    expect(rounds).toEqual([{ code: 'S16', publishedAt: publication.publishedAt, sequence: 1, policy: { version: '2026.1' } }]);
  });
});

const TRAINING_KEYS = [
  ...Object.keys(TRAINING_TYPE_CODES).map((type) => `activities.byType.${type}`),
  'activities.total',
  'activities.withCredits',
  'activities.joint',
  'participants.total',
  'participants.byRole.caseworker',
  'participants.byRole.team_leader',
  ...['socionom', 'withoutSocionom'].flatMap((d) => ['under1Year', 'from1To3Years', 'from3Years'].map((b) => `participants.byDegreeAndBand.${d}.${b}`)),
  'introduction.programmes',
  'grants.requisitioned',
  'grants.used',
];

/** Training rows of a small kommun: a few activities, participants and topics, some kronor. */
function trainingRows(kommun: string, round: string, k: number, topics: readonly string[]): string[] {
  const row = (matt: string, value: number, topic = '') => `${kommun};${round};${matt};${topic};;;${value}`;
  return [
    ...TRAINING_ACTIVITY_MEASURES.map((m, j) => row(m, (k + j) % 3)),
    row('aktivitet_hp_antal', k % 2),
    row('aktivitet_samverkan_antal', k % 3),
    ...topics.map((topic, i) => row('deltagare_inriktning_antal', (k + i) % 4, topic)),
    ...topics.map((topic, i) => row('aktivitet_inriktning_antal', (k + i) % 2, topic)),
    ...TRAINING_TARGET_MEASURES.map((m, j) => row(m, (k * 3 + j) % 4 === 0 ? 2 : 0)),
    row('introduktionsprogram_antal', k % 5 === 0 ? 1 : 0),
    row('statsbidrag_rekvirerat_kr', 10000 + k * 100),
    row('statsbidrag_anvant_kr', k % 2 === 0 ? 5000 : 0),
  ];
}

/** Each published staffing key and the measures it sums (the whole of `total.*`, both roles). */
const STAFFING_SOURCES: [key: string, measure: string][] = [
  ...(['caseworker', 'team_leader'] as const).flatMap((role) => {
    const code = STAFFING_ROLE_CODES[role];
    return ([`roles.${role}`, 'total'] as const).flatMap((group): [string, string][] => [
      [`${group}.averageHeadcount`, `anstallda_${code}_medelantal`],
      [`${group}.leavers`, `slutat_${code}_antal`],
      [`${group}.employeeFte`, `anstallda_${code}_fte`],
      [`${group}.consultantFte`, `konsult_${code}_fte`],
      [`${group}.totalFte`, `anstallda_${code}_fte`],
      [`${group}.totalFte`, `konsult_${code}_fte`],
    ]);
  }),
  ...Object.entries(STAFFING_REASON_CODES).map(([reason, code]): [string, string] => [`leaversByReason.${reason}`, `slutat_orsak_${code}_antal`]),
  ['vacancies.open', 'vakans_oppen_antal'],
  ['vacancies.openFte', 'vakans_oppen_fte'],
  ...Object.entries(STAFFING_DIFFICULTY_CODES).map(([d, code]): [string, string] => [`vacancies.byDifficulty.${d}`, `vakans_oppen_${code}_antal`]),
  ['vacancies.coveredByConsultant', 'vakans_oppen_konsult_antal'],
  ['vacancies.filled', 'vakans_tillsatt_antal'],
  ['vacancies.daysToFill', 'vakans_tillsatt_dagar'],
];

function publishedKeys(table: string, row: Record<string, unknown>): string[] {
  const levels = (prefix: string) => ['G', 'F', 'S'].map((l) => `${prefix}.${l}`);
  const genders = (prefix: string) => ['K', 'M', 'A', 'total'].map((g) => `${prefix}.${g}`);
  switch (table) {
    case 'topics':
      return [...levels('fte'), 'total', ...levels('share')];
    case 'areas':
      return [...levels('fte'), ...levels('meanOfTopicShares'), ...levels('pooledShare')];
    case 'caseworkers':
      return [...genders('fte'), 'socionomUnder1YearFte', ...genders('withoutSocionomFte'), 'fortbildning', 'vidareutbildning', 'magister'];
    case 'team-leaders':
      return [...genders('count'), 'firstManagerialJob', 'needOfDevelopment', 'under3Years', 'fortbildning', 'vidareutbildning', 'magister'];
    case 'staffing':
      return [...new Set(STAFFING_SOURCES.map(([key]) => key))];
    default:
      return row['measure'] ? [...INDICATOR_ANSWERS] : [];
  }
}

function valueAt(row: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], row);
}

/** A share is null without suppression only when what it is a share of is zero. */
function allZero(row: Record<string, unknown>): boolean {
  const fte = row['fte'] as Record<string, string | null>;
  return Object.values(fte).every((v) => v === '0.0');
}
