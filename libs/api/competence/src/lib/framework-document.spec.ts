import { TabularRow } from '@kl/api/core';
import type { FrameworkDocument, TabularProblem } from '@kl/shared/contracts';
import { documentPathText, documentRuleErrors } from './framework-document';
import { documentErrors } from './framework-file';
import { documentFromSheet, FRAMEWORK_SHEET_COLUMNS, frameworkSheet, placeOf } from './framework-sheet';
import { FRAMEWORK_EXAMPLES } from './reference/framework-examples';
import { NATIONAL_FRAMEWORKS } from './reference/national-framework.seeder';

const DOCUMENT: FrameworkDocument = {
  code: 'EB-1',
  name: 'Ekonomiskt bistånd',
  serviceAreaCode: 'ekonomiskt-bistand',
  source: null,
  levels: [
    { level: 'insufficient', name: 'S', definition: 'Stöd' },
    { level: 'basic', name: 'G', definition: 'Självständig' },
    { level: 'advanced', name: 'F', definition: 'Rådgivare' },
  ],
  areas: [
    { code: 'HA', name: 'Handläggning', topics: [{ code: 'HA01', name: 'Utredning', note: 'SKL 2015' }] },
    { code: 'JU', name: 'Juridik', topics: [{ code: 'JU01', name: 'Förvaltningsrätt', note: null }] },
  ],
};

/** The sheet's rows as the table reader hands them on (row 1 is the header). */
function rowsOf(table: ReturnType<typeof frameworkSheet>): TabularRow[] {
  const slots = new Map(FRAMEWORK_SHEET_COLUMNS.map((column, i) => [column.name, i]));
  return table.rows.map((values, i) => new TabularRow(i + 2, values, slots));
}

describe('framework documents', () => {
  it('finds levels missing or twice and codes used twice, by path', () => {
    expect(documentRuleErrors(DOCUMENT)).toEqual({});
    const twice: FrameworkDocument = {
      ...DOCUMENT,
      levels: [DOCUMENT.levels[0], DOCUMENT.levels[0], DOCUMENT.levels[2]],
      areas: [...DOCUMENT.areas, { code: 'JU', name: 'Igen', topics: [{ code: 'HA01', name: 'Igen', note: null }] }],
    };
    expect(documentRuleErrors(twice)).toEqual({
      'levels.1.level': 'not_unique',
      levels: 'min_length',
      'areas.2.code': 'not_unique',
      'areas.2.topics.0.code': 'not_unique',
    });
  });

  it('writes a path in Swedish', () => {
    expect(documentPathText('areas.1.topics.0.name')).toBe('område 2, inriktning 1: namn');
    expect(documentPathText('levels.2.definition')).toBe('nivå 3: definition');
    expect(documentPathText('serviceAreaCode')).toBe('verksamhetsområde');
  });

  it('reads its own sheet back as the same document, and places each path at its row', () => {
    const problems: TabularProblem[] = [];
    const { document, places } = documentFromSheet(rowsOf(frameworkSheet(DOCUMENT)), problems);
    expect(problems).toEqual([]);
    expect(document).toEqual(DOCUMENT);
    // Rows: 2 the framework, 3–5 the levels, 6 area HA, 7 its topic, 8 area JU, 9 its topic.
    expect(placeOf(places, 'areas.1.topics.0.note')).toEqual({ row: 9, column: 'beskrivning' });
    expect(placeOf(places, 'levels.1.name')).toEqual({ row: 4, column: 'namn' });
    expect(placeOf(places, 'code')).toEqual({ row: 2, column: 'kod' });
    expect(placeOf(places, 'areas.0.topics')).toEqual({ row: 6, column: null });
  });

  it('needs the framework row', () => {
    const problems: TabularProblem[] = [];
    const rows = rowsOf(frameworkSheet(DOCUMENT)).slice(1);
    expect(documentFromSheet(rows, problems).document).toBeNull();
    expect(problems).toEqual([{ row: null, column: 'typ', code: 'required' }]);
  });

  it.each(FRAMEWORK_EXAMPLES.map((e) => [e.key, e] as const))('offers the example %s as a valid document with a note on every topic', async (_key, example) => {
    expect((await documentErrors(example.document)).errors).toEqual({});
    expect(example.document.areas.flatMap((a) => a.topics).every((t) => (t.note ?? '').length > 0)).toBe(true);
  });

  it('gives every example topic codes of its own, shared with no national framework and no other example', () => {
    // Courses, suggestions and a person's history match topics by code: a shared code would
    // suggest a barn-och-unga course on socialrätt for an ekonomiskt-bistånd gap in förvaltningsrätt.
    const owners = new Map<string, string[]>();
    const frameworks = [...NATIONAL_FRAMEWORKS, ...FRAMEWORK_EXAMPLES.map((e) => e.document)];
    for (const framework of frameworks) {
      for (const topic of framework.areas.flatMap((a) => a.topics)) owners.set(topic.code, [...(owners.get(topic.code) ?? []), framework.code]);
    }
    expect([...owners].filter(([, codes]) => codes.length > 1)).toEqual([]);
  });
});
