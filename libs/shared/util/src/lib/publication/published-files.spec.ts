import type { PublishedRoundDetail, PublishedTables } from '@kl/shared/contracts';
import { tableToCsv } from '../export-csv';
import { xlsxSheet } from '../export-xlsx';
import { nationalFilterText, publicationDefinitions, publishedFilterText } from './publication-definitions';
import { publishedExports, publishedNames } from './published-export';
import { percentText, publishedPxTable } from './published-px';
import { pxText, writePx } from './px-file';

const DETAIL: PublishedRoundDetail = {
  code: '2016',
  referenceDate: '2016-11-01',
  publishedAt: '2026-12-04T10:15:00.000Z',
  sequence: 2,
  note: 'Kommun 0114 rättad',
  policy: { version: '2026.1', minKommuner: 3, minPersons: 5 },
  framework: { code: 'SoL-BoU', version: 1, name: 'Barn och unga' },
  areas: [{ code: 'SA', name: 'Socialt arbete', topics: [{ code: 'SA01', name: 'Barns utsatthet – "risk"' }, { code: 'SA02', name: 'Våld' }] }],
  filters: { kommungrupp: [{ code: 'A1', name: 'Storstäder' }], lan: [{ code: '01', name: 'Stockholms län' }], cohort: ['2014'] },
};

/** SA01 has everything published; SA02 had S hidden (primary) and F with it (complementary), its total zero-free. */
const TABLES: PublishedTables = {
  topics: {
    rows: [
      {
        topic: 'SA01',
        area: 'SA',
        fte: { G: '2794.5', F: '1402.3', S: '343.7' },
        total: '4540.5',
        share: { G: '0.615461953749586609', F: '0.308843739676247109', S: '0.075694306574166281' },
        n: 232,
        suppressed: [],
      },
      {
        topic: 'SA02',
        area: 'SA',
        fte: { G: '12.0', F: null, S: null },
        total: '15.5',
        share: { G: '0.774193548387096774', F: null, S: null },
        n: 4,
        suppressed: ['fte.F', 'fte.S', 'share.F', 'share.S'],
      },
    ],
  },
  areas: {
    rows: [
      {
        area: 'SA',
        meanOfTopicShares: { G: '0.694827751068341692', F: null, S: null },
        pooledShare: { G: '0.616200828301242409', F: null, S: null },
        fte: { G: '2806.5', F: null, S: null },
        n: 232,
        suppressed: ['meanOfTopicShares.F', 'meanOfTopicShares.S', 'pooledShare.F', 'pooledShare.S', 'fte.F', 'fte.S'],
      },
    ],
  },
  caseworkers: {
    fte: { K: '4100.5', M: null, A: null, total: '5390.5' },
    socionomUnder1YearFte: '120.0',
    withoutSocionomFte: { K: '500.0', M: '80.5', A: '0.0', total: '580.5' },
    fortbildning: 1200,
    vidareutbildning: null,
    magister: null,
    n: 245,
    nEducation: 232,
    suppressed: ['fte.M', 'fte.A', 'vidareutbildning', 'magister'],
  },
  'team-leaders': {
    count: { K: 807, M: 84, A: 0, total: 891 },
    firstManagerialJob: 100,
    needOfDevelopment: null,
    under3Years: null,
    fortbildning: 300,
    vidareutbildning: 40,
    magister: 12,
    n: 234,
    suppressed: ['needOfDevelopment', 'under3Years'],
  },
  indicators: {
    rows: [
      { measure: 'ind_uppfoljning_medarbetarsamtal', ja: 236, delvis: null, nej: null, n: 243, suppressed: ['delvis', 'nej'] },
      { measure: 'ind_forvaltat', ja: 0, delvis: 0, nej: 0, n: 0, suppressed: [] },
    ],
  },
  training: {
    activities: {
      byType: { university_course: 12, one_day_course: 40, two_day_course: 9, supervision: 30, introduction_programme: 8, commissioned_training: null, network_conference: 6, e_learning: 11, other: 5 },
      total: 123,
      withCredits: 12,
      joint: 20,
      creditsShare: '0.097560975609756098',
      jointShare: '0.162601626016260163',
    },
    participants: {
      total: 900,
      byRole: { caseworker: 800, team_leader: 100 },
      byDegreeAndBand: { socionom: { under1Year: 100, from1To3Years: 200, from3Years: 400 }, withoutSocionom: { under1Year: null, from1To3Years: 50, from3Years: 148 } },
    },
    topics: [
      { topic: 'SA01', area: 'SA', participants: 300, activities: 20, suppressed: [] },
      { topic: 'SA02', area: 'SA', participants: null, activities: 2, suppressed: ['participants'] },
    ],
    introduction: { programmes: 20, kommunerInUse: 15, n: 40 },
    grants: { requisitioned: '1500000', used: '1200000', n: 40 },
    n: 45,
    suppressed: ['activities.byType.commissioned_training', 'participants.byDegreeAndBand.withoutSocionom.under1Year'],
  },
  staffing: {
    roles: {
      caseworker: { averageHeadcount: '1000.0', leavers: 180, turnover: '0.18', employeeFte: '950.0', consultantFte: '50.0', totalFte: '1000.0', consultantShare: '0.05' },
      team_leader: { averageHeadcount: '100.0', leavers: null, turnover: null, employeeFte: '98.0', consultantFte: null, totalFte: null, consultantShare: null },
    },
    total: { averageHeadcount: '1100.0', leavers: 195, turnover: '0.177272727272727273', employeeFte: '1048.0', consultantFte: '52.0', totalFte: '1100.0', consultantShare: '0.047272727272727273' },
    leaversByReason: { other_kommun_social_services: 80, other_employer: 50, left_profession: 30, retirement: 20, other: 15, unknown: 0 },
    vacancies: { open: 40, openFte: '38.5', byDifficulty: { easy: 10, hard: 20, very_hard: 10 }, coveredByConsultant: 12, filled: 60, daysToFill: 5400, meanDaysToFill: '90.0', n: 45 },
    n: 45,
    nFte: 45,
    suppressed: ['roles.team_leader.leavers', 'roles.team_leader.turnover', 'roles.team_leader.consultantFte', 'roles.team_leader.totalFte', 'roles.team_leader.consultantShare'],
  },
};

const names = publishedNames(DETAIL);
const files = publishedExports(TABLES, names);
const csvRows = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(';'));

describe('CSV of a published table', () => {
  it('writes `..` for every suppressed cell and the published values with a decimal comma', () => {
    const csv = tableToCsv(files.topics);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [heading, sa01, sa02] = csvRows(csv);
    expect(heading.slice(0, 5)).toEqual(['Inriktning', 'Område', 'Grundläggande (G), årsarbetare', 'Grundläggande (G), andel', 'Grundläggande (G), andel (exakt)']);
    // A quotation mark in a name stays the CSV's business (quoted field), not lost.
    expect(sa01.slice(0, 6)).toEqual(['"SA01 Barns utsatthet – ""risk"""', 'SA Socialt arbete', '2794,5', '61,5 %', '0.615461953749586609', '1402,3']);
    expect(sa01.slice(-2)).toEqual(['4540,5', '232']);
    expect(sa02).toEqual(['SA02 Våld', 'SA Socialt arbete', '12,0', '77,4 %', '0.774193548387096774', '..', '..', '..', '..', '..', '..', '15,5', '4']);
  });

  it('never writes a value that the published table left out', () => {
    const csv = tableToCsv(files.caseworkers);
    const rows = csvRows(csv);
    expect(rows).toContainEqual(['Handläggare, män', '..', '', '245']);
    expect(rows).toContainEqual(['Handläggare, totalt', '5390,5', '', '245']);
    expect(rows).toContainEqual(['Handläggare med vidareutbildning på högskolenivå', '', '..', '232']);
    expect(rows).toContainEqual(['Varav utan socionomexamen, annat/ej angivet', '0,0', '', '245']);
    const indicators = csvRows(tableToCsv(files.indicators));
    expect(indicators[1]).toEqual(['Kompetensen följs upp vid medarbetarsamtal', '236', '..', '..', '243']);
    expect(indicators[2]).toEqual(['Genomförd utbildning förvaltad i praktiken', '0', '0', '0', '0']);
  });
});

describe('the published training table as a file', () => {
  it('lists every line with `..` where it was left out, a topic by its own list, shares in percent', () => {
    const rows = csvRows(tableToCsv(files.training));
    const line = (label: string) => rows.find((r) => r[0] === label)?.slice(1);
    expect(rows[0]).toEqual(['Uppgift', 'Värde', 'Enhet']);
    expect(line('Aktiviteter: uppdragsutbildning')).toEqual(['..', 'antal']);
    expect(line('Aktiviteter totalt')).toEqual(['123,00', 'antal']);
    expect(line('Andel aktiviteter som ger högskolepoäng')).toEqual(['9,76', 'procent']);
    expect(line('Deltagare utan socionomexamen, erfarenhet under 1 år')).toEqual(['..', 'antal']);
    expect(line('SA02 Våld: deltagare')).toEqual(['..', 'antal']);
    expect(line('SA02 Våld: aktiviteter')).toEqual(['2,00', 'antal']);
    const px = writePx(publishedPxTable('training', TABLES, DETAIL, {}, names));
    expect(px).toContain('MATRIX="KLUtbildning";');
    expect(px).toContain('".."');
  });
});

describe('the published staffing table as a file', () => {
  it('lists every line with `..` where it was left out, turnover and consultant share in percent', () => {
    const rows = csvRows(tableToCsv(files.staffing));
    const line = (label: string) => rows.find((r) => r[0] === label)?.slice(1);
    expect(line('Handläggare: personalomsättning')).toEqual(['18,00', 'procent']);
    expect(line('Handläggare: konsultandel')).toEqual(['5,00', 'procent']);
    expect(line('Arbetsledare: slutat')).toEqual(['..', 'antal']);
    expect(line('Arbetsledare: konsultandel')).toEqual(['..', 'procent']);
    expect(line('Slutat, orsak: pension')).toEqual(['20,00', 'antal']);
    expect(line('Dagar till tillsättning, medel')).toEqual(['90,00', 'dagar']);
    const px = parsePx(writePx(publishedPxTable('staffing', TABLES, DETAIL, {}, names)));
    expect(px.keywords.get('MATRIX')).toEqual(['KLBemanning']);
    const labels = px.keywords.get('VALUES("uppgift")') ?? [];
    expect(px.data[labels.indexOf('Handläggare: personalomsättning')]).toBe('18.0');
    expect(px.data[labels.indexOf('Arbetsledare: slutat')]).toBe('..');
  });
});

describe('XLSX sheets of a published round', () => {
  it('keeps numbers computable with a Swedish-readable format, and `..` as right-aligned text', () => {
    const { data } = xlsxSheet(files.areas);
    const row = data[1];
    expect(row[1]).toEqual({ value: Number('0.694827751068341692'), type: Number, format: '0.0%' });
    expect(row[2]).toEqual({ value: '..', type: String, align: 'right' });
    expect(row[7]).toEqual({ value: 2806.5, type: Number, format: '0.0' });
  });

  it('carries a sheet of definitions with the policy, the filter and what a correction changed', () => {
    const definitions = publicationDefinitions(DETAIL, { lan: '01' });
    const text = new Map(definitions.rows.map((r) => [r[0], r[1]]));
    expect(text.get('Urval')).toBe('Län: Stockholms län');
    expect(text.get('Publicerad')).toBe('2026-12-04, rättelse 1: Kommun 0114 rättad');
    expect(text.get('Röjandekontroll')).toContain('Policy version 2026.1: minst 3 kommuner och 5 personer');
    expect(text.get('..')).toContain('färre än 3 kommuner eller färre än 5 personer');
  });
});

/** A PX file read back as PC-Axis readers read it: keywords with optional subkeys, quoted lists, DATA last. */
function parsePx(text: string): { keywords: Map<string, string[]>; data: string[] } {
  const keywords = new Map<string, string[]>();
  let i = 0;
  while (i < text.length) {
    const eq = text.indexOf('=', i);
    const key = text.slice(i, eq).trim();
    if (key === 'DATA') {
      const data = text.slice(eq + 1).trim().replace(/;$/, '').trim().split(/\s+/).map((c) => c.replace(/^"(.*)"$/, '$1'));
      return { keywords, data };
    }
    let j = eq + 1;
    let quoted = false;
    while (quoted || text[j] !== ';') {
      if (text[j] === '"') quoted = !quoted;
      j += 1;
    }
    const raw = text.slice(eq + 1, j).trim();
    // Pieces on several lines join into one text; a comma between quoted pieces separates values.
    const values = raw.startsWith('"')
      ? raw.split(/"\s*,\s*"/).map((v) => v.replace(/^"|"$/g, '').replace(/"\r?\n"/g, ''))
      : [raw];
    keywords.set(key, values);
    i = j + 1;
  }
  throw new Error('No DATA');
}

describe('PX file of a published table', () => {
  const topics = writePx(publishedPxTable('topics', TABLES, DETAIL, {}, names));

  it('is what PC-Axis reads: the mandatory keywords, in order, CHARSET first and DATA last', () => {
    const { keywords } = parsePx(topics);
    const order = [...keywords.keys()];
    expect(order[0]).toBe('CHARSET');
    for (const key of ['MATRIX', 'SUBJECT-CODE', 'SUBJECT-AREA', 'TITLE', 'CONTENTS', 'UNITS', 'STUB', 'HEADING', 'DECIMALS', 'SOURCE', 'NOTE']) {
      expect(keywords.has(key)).toBe(true);
    }
    expect(keywords.get('CHARSET')).toEqual(['ANSI']);
    expect(keywords.get('CODEPAGE')).toEqual(['iso-8859-1']);
    expect(keywords.get('DECIMALS')).toEqual(['1']);
    expect(keywords.get('STUB')).toEqual(['inriktning']);
    expect(keywords.get('HEADING')).toEqual(['uppgift']);
    expect(keywords.get('CONTVARIABLE')).toEqual(['uppgift']);
    expect(keywords.get('VALUES("inriktning")')).toEqual(["SA01 Barns utsatthet - 'risk'", 'SA02 Våld']);
    expect(keywords.get('CODES("inriktning")')).toEqual(['SA01', 'SA02']);
    expect(keywords.get('UNITS("Grundläggande (G), andel")')).toEqual(['procent']);
    expect(keywords.get('TITLE')?.[0]).toBe('Handläggare per inriktning, omgång 2016, hela landet');
    expect(keywords.get('CREATION-DATE')).toEqual(['20261204 10:15']);
    expect(keywords.get('NOTE')?.[0]).toContain('#.. betyder att uppgiften inte publiceras');
    expect(keywords.get('NOTE')?.[0]).toContain('Rättelse 1: Kommun 0114 rättad');
    expect(topics.split('\r\n').every((line) => line.length < 256)).toBe(true);
  });

  it('carries exactly the published values: `..` for suppressed cells, a point as decimal sign, shares in percent', () => {
    const { keywords, data } = parsePx(topics);
    const columns = keywords.get('VALUES("uppgift")') ?? [];
    expect(columns).toHaveLength(8);
    expect(data).toHaveLength(2 * 8);
    expect(data.slice(0, 8)).toEqual(['2794.5', '61.5', '1402.3', '30.9', '343.7', '7.6', '4540.5', '232']);
    expect(data.slice(8)).toEqual(['12.0', '77.4', '..', '..', '..', '..', '15.5', '4']);
  });

  it('lays the staff tables down the stub with their N, the round across', () => {
    const { keywords, data } = parsePx(writePx(publishedPxTable('caseworkers', TABLES, DETAIL, { kommungrupp: 'A1' }, names)));
    const values = keywords.get('VALUES("uppgift")') ?? [];
    expect(keywords.get('VALUES("omgång")')).toEqual(['2016']);
    expect(keywords.get('TITLE')?.[0]).toBe('Handläggare, omgång 2016, kommungrupp A1 Storstäder');
    expect(values).toHaveLength(data.length);
    const byLabel = new Map(values.map((v, i) => [v, data[i]]));
    expect(byLabel.get('Handläggare, män')).toBe('..');
    expect(byLabel.get('Handläggare, totalt')).toBe('5390.5');
    expect(byLabel.get('Handläggare med fortbildning')).toBe('1200');
    expect(byLabel.get('N (kommuner)')).toBe('245');
    expect(byLabel.get('N, utbildning (kommuner)')).toBe('232');
    expect(keywords.get('UNITS("Handläggare med fortbildning")')).toEqual(['antal']);
  });

  it('writes a share of nobody as one dot, apart from a suppressed one', () => {
    const none: PublishedTables = {
      ...TABLES,
      topics: { rows: [{ topic: 'SA02', area: 'SA', fte: { G: '0.0', F: '0.0', S: '0.0' }, total: '0.0', share: { G: null, F: null, S: null }, n: 0, suppressed: [] }] },
    };
    const { data } = parsePx(writePx(publishedPxTable('topics', none, DETAIL, {}, names)));
    expect(data).toEqual(['0.0', '.', '0.0', '.', '0.0', '.', '0.0', '0']);
  });

  it('holds latin1 text only, so that it can be written as ISO-8859-1', () => {
    expect(pxText('Barns utsatthet – ”risk” … ≥ 5 ✓')).toBe("Barns utsatthet - 'risk' ... >= 5 ?");
    expect([...topics].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
  });

  it('rounds a share to percent once, half away from zero', () => {
    expect(percentText('0.615461953749586609')).toBe('61.5');
    expect(percentText('0.00045')).toBe('0.0');
    expect(percentText('0.00050')).toBe('0.1');
    expect(percentText('1')).toBe('100.0');
  });

  it('names the filter in words', () => {
    expect(publishedFilterText({ cohort: '2014' }, DETAIL)).toBe('Kommuner först med i omgång 2014');
    expect(publishedFilterText({}, DETAIL)).toBe('Hela landet');
    // The analyst's pages combine filters; a code without a name is shown as the code.
    const names = { kommungrupp: [{ code: '3', name: 'Pendlingskommun nära större stad' }], lan: [{ code: '12', name: 'Skåne län' }] };
    expect(nationalFilterText({ kommungrupp: '3', lan: '12', cohort: '2014' }, names)).toBe(
      'Kommungrupp 3 Pendlingskommun nära större stad, Län: Skåne län, Kommuner först med i omgång 2014',
    );
    expect(nationalFilterText({ lan: '99' }, names)).toBe('Län: 99');
  });
});
