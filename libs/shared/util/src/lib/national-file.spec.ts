import { checkSubmissionFile, normaliseHeader, type SubmissionFileContext } from './national-file';

const ctx: SubmissionFileContext = {
  roundCode: '2016',
  roundCodes: new Set(['2015', '2016']),
  kommuner: new Map([
    ['0180', 'id-0180'],
    ['1480', 'id-1480'],
  ]),
  topics: new Set(['SA01']),
};
const HEADER = ['kommunkod', 'omgang', 'matt', 'inriktning', 'niva', 'kon', 'varde'];
const rows = (...lines: string[]) => lines.map((l, i) => ({ line: i + 2, cells: l.split(';') }));
const codes = (lines: string[], context = ctx) =>
  checkSubmissionFile(HEADER, rows(...lines), context).errors.map((e) => `${e.row}:${e.column}:${e.code}`);

describe('normaliseHeader', () => {
  it('ignores case, spaces and å/ä/ö versus a/a/o', () => {
    expect(normaliseHeader(' Omgång ')).toBe('omgang');
    expect(normaliseHeader('KÖN')).toBe('kon');
    expect(normaliseHeader('Nivå')).toBe('niva');
  });
});

describe('checkSubmissionFile', () => {
  it('normalises valid rows: decimal comma, upper-case keys, answers and their aliases', () => {
    const check = checkSubmissionFile(HEADER, rows('0180;2016;bedomning_fte;sa01;g;;1,5', '0180;2016;ind_forvaltat;;;;J', '0180;2016;handlaggare_fortbildning_antal;;;;3,0'), ctx);
    expect(check.errors).toEqual([]);
    expect(check.rows).toEqual([
      { municipalityId: 'id-0180', kommunkod: '0180', matt: 'bedomning_fte', inriktning: 'SA01', niva: 'G', kon: '', value: '1.5', answer: null },
      { municipalityId: 'id-0180', kommunkod: '0180', matt: 'ind_forvaltat', inriktning: '', niva: '', kon: '', value: null, answer: 'ja' },
      { municipalityId: 'id-0180', kommunkod: '0180', matt: 'handlaggare_fortbildning_antal', inriktning: '', niva: '', kon: '', value: '3', answer: null },
    ]);
  });

  it('names every kind of wrong row', () => {
    expect(
      codes([
        '9999;2016;handlaggare_fte;;;K;1',
        '0180;1990;handlaggare_fte;;;K;1',
        '0180;2015;handlaggare_fte;;;K;1',
        '0180;2016;okant;;;K;1',
        '0180;2016;bedomning_fte;XX01;G;;1',
        '0180;2016;bedomning_fte;SA01;X;;1',
        '0180;2016;bedomning_fte;;;;1',
        '0180;2016;handlaggare_fte;;;Q;1',
        '0180;2016;handlaggare_fte;;;;1',
        '0180;2016;handlaggare_fortbildning_antal;SA01;G;K;1',
        '0180;2016;handlaggare_fte;;;M;-0,5',
        '0180;2016;handlaggare_fte;;;A;0,25',
        '0180;2016;arbetsledare_antal;;;K;1,5',
        '0180;2016;ind_forvaltat;;;;kanske',
        '0180;2016;handlaggare_fte;;;K;',
      ]),
    ).toEqual([
      '2:kommunkod:unknown_kommun',
      '3:omgang:unknown_round',
      '4:omgang:unknown_round',
      '5:matt:unknown_measure',
      '6:inriktning:unknown_topic',
      '7:niva:unknown_level',
      '8:inriktning:required',
      '8:niva:required',
      '9:kon:unknown_gender',
      '10:kon:required',
      '11:inriktning:not_allowed',
      '11:niva:not_allowed',
      '11:kon:not_allowed',
      '12:varde:negative',
      '13:varde:too_many_decimals',
      '14:varde:not_whole',
      '15:varde:not_an_answer',
      '16:varde:required',
    ]);
  });

  it('refuses the same cell twice and another kommun’s rows when a kommun sends its own', () => {
    expect(codes(['0180;2016;handlaggare_fte;;;K;1', '0180;2016;handlaggare_fte;;;k;2'])).toEqual(['3:matt:duplicate']);
    expect(codes(['1480;2016;handlaggare_fte;;;K;1'], { ...ctx, ownKommunkod: '0180' })).toEqual(['2:kommunkod:other_kommun']);
  });

  it('refuses unknown and missing columns before any row', () => {
    const check = checkSubmissionFile(['Kommunkod', 'omgång', 'matt', 'värde', 'extra'], rows('0180;2016;x;1;y'), ctx);
    expect(check.errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      '1:extra:column_unknown',
      '1:inriktning:column_missing',
      '1:niva:column_missing',
      '1:kon:column_missing',
    ]);
    expect(check.rows).toEqual([]);
  });
});

describe('checkSubmissionFile: training measures', () => {
  it('reads topic-keyed counts, whole kronor and högskolepoäng with one decimal', () => {
    const check = checkSubmissionFile(
      HEADER,
      rows(
        '0180;2016;aktivitet_inriktning_antal;sa01;;;4',
        '0180;2016;aktivitet_hogskolekurs_antal;;;;2',
        '0180;2016;statsbidrag_anvant_kr;;;;120 000',
        '0180;2016;deltagare_hp;;;;22,5',
      ),
      ctx,
    );
    expect(check.errors).toEqual([]);
    expect(check.rows.map((r) => [r.matt, r.inriktning, r.value])).toEqual([
      ['aktivitet_inriktning_antal', 'SA01', '4'],
      ['aktivitet_hogskolekurs_antal', '', '2'],
      ['statsbidrag_anvant_kr', '', '120000'],
      ['deltagare_hp', '', '22.5'],
    ]);
  });

  it('names wrong training rows by row and column', () => {
    const check = checkSubmissionFile(
      HEADER,
      rows(
        '0180;2016;deltagare_inriktning_antal;;;;1',
        '0180;2016;deltagare_inriktning_antal;SA01;G;;1',
        '0180;2016;deltagare_inriktning_antal;XX99;;;1',
        '0180;2016;aktivitet_samverkan_antal;SA01;;;1',
        '0180;2016;statsbidrag_rekvirerat_kr;;;;100,50',
        '0180;2016;deltagare_hp;;;;7,25',
        '0180;2016;introduktionsprogram_antal;;;K;1',
        '0180;2016;aktivitet_annan_antal;;;;1,5',
      ),
      ctx,
    );
    expect(check.errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      '2:inriktning:required',
      '3:niva:not_allowed',
      '4:inriktning:unknown_topic',
      '5:inriktning:not_allowed',
      '6:varde:not_whole',
      '7:varde:too_many_decimals',
      '8:kon:not_allowed',
      '9:varde:not_whole',
    ]);
    expect(check.errors[4].message).toBe('Kronor anges i hela kronor (100,50).');
    expect(check.errors[5].message).toBe('Högskolepoäng anges med högst en decimal (7,25).');
  });
});

describe('checkSubmissionFile: staffing measures', () => {
  it('reads average headcount and FTE with one decimal, counts and days whole', () => {
    const check = checkSubmissionFile(
      HEADER,
      rows(
        '0180;2016;anstallda_handlaggare_medelantal;;;;41,3',
        '0180;2016;slutat_handlaggare_antal;;;;7',
        '0180;2016;konsult_handlaggare_fte;;;;2.5',
        '0180;2016;slutat_orsak_pension_antal;;;;0',
        '0180;2016;vakans_tillsatt_dagar;;;;1 230',
      ),
      ctx,
    );
    expect(check.errors).toEqual([]);
    expect(check.rows.map((r) => [r.matt, r.value])).toEqual([
      ['anstallda_handlaggare_medelantal', '41.3'],
      ['slutat_handlaggare_antal', '7'],
      ['konsult_handlaggare_fte', '2.5'],
      ['slutat_orsak_pension_antal', '0'],
      ['vakans_tillsatt_dagar', '1230'],
    ]);
  });

  it('names wrong staffing rows by row and column', () => {
    const check = checkSubmissionFile(
      HEADER,
      rows(
        '0180;2016;slutat_handlaggare_antal;;;;2,5',
        '0180;2016;anstallda_handlaggare_medelantal;;;;12,25',
        '0180;2016;vakans_oppen_fte;;;;1,25',
        '0180;2016;vakans_tillsatt_dagar;;;;10,5',
        '0180;2016;vakans_oppen_antal;;;;-1',
        '0180;2016;slutat_orsak_okand_antal;;;;1',
        '0180;2016;konsult_arbetsledare_fte;SA01;;;1',
        '0180;2016;vakans_oppen_konsult_antal;;;;1',
        '0180;2016;vakans_oppen_konsult_antal;;;;2',
      ),
      ctx,
    );
    expect(check.errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      '2:varde:not_whole',
      '3:varde:too_many_decimals',
      '4:varde:too_many_decimals',
      '5:varde:not_whole',
      '6:varde:negative',
      '7:matt:unknown_measure',
      '8:inriktning:not_allowed',
      '10:matt:duplicate',
    ]);
    expect(check.errors[1].message).toBe('Medelantal anställda anges med högst en decimal (12,25).');
    expect(check.errors[3].message).toBe('Dagar anges i hela dagar (10,5).');
  });
});
