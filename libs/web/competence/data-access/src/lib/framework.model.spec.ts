import type { CompetenceFrameworkDetail, CompetenceFrameworkSummary } from '@kl/shared/contracts';
import {
  canEditFramework,
  crosswalkProblems,
  crosswalkRows,
  frameworkTitle,
  frameworkTitleAmong,
  levelRows,
  sortFrameworks,
  startOptions,
  toCrosswalkDraft,
  toCrosswalkEntries,
  topicCodes,
} from './framework.model';

const summary: CompetenceFrameworkSummary = {
  id: 'f1',
  code: 'BOU-2016',
  version: 1,
  name: 'Barn och unga 2016',
  serviceAreaCode: 'barn-och-unga',
  status: 'published',
  municipalityId: null,
  basedOnId: null,
  publishedAt: '2016-01-01T00:00:00Z',
  rowVersion: 1,
};

describe('framework model', () => {
  it('names versions and local extensions', () => {
    expect(frameworkTitle(summary)).toBe('Barn och unga 2016, version 1');
    expect(frameworkTitle({ ...summary, municipalityId: 'k', basedOnId: 'national' })).toBe('Barn och unga 2016, version 1 (lokalt tillägg)');
    expect(frameworkTitle({ ...summary, municipalityId: 'k', basedOnId: null })).toBe('Barn och unga 2016, version 1 (kommunens egen)');
    expect(frameworkTitle({ ...summary, municipalityId: 'k', basedOnId: 'own-v1' }, false)).toBe('Barn och unga 2016, version 1 (kommunens egen)');
    const all = [{ id: 'national', municipalityId: null }, { id: 'own-v1', municipalityId: 'k' }];
    expect(frameworkTitleAmong({ ...summary, municipalityId: 'k', basedOnId: 'own-v1', version: 2 }, all)).toBe('Barn och unga 2016, version 2 (kommunens egen)');
    expect(frameworkTitleAmong({ ...summary, municipalityId: 'k', basedOnId: 'national' }, all)).toBe('Barn och unga 2016, version 1 (lokalt tillägg)');
  });

  it('lets national analysts edit national drafts and kommun administrators their extension, never a published one', () => {
    const draft = { ...summary, status: 'draft' as const };
    expect(canEditFramework('national_analyst', draft)).toBe(true);
    expect(canEditFramework('municipality_admin', draft)).toBe(false);
    expect(canEditFramework('municipality_admin', { ...draft, municipalityId: 'k' })).toBe(true);
    expect(canEditFramework('national_analyst', summary)).toBe(false);
  });

  it('offers a new version to whoever edits the framework (never of an extension) and an extension to kommun administrators', () => {
    expect(startOptions('national_analyst', summary)).toEqual({ newVersion: true, extension: false });
    expect(startOptions('municipality_admin', summary)).toEqual({ newVersion: false, extension: true });
    expect(startOptions('municipality_admin', { ...summary, status: 'draft' })).toEqual({ newVersion: false, extension: false });
    const own = { ...summary, municipalityId: 'k' };
    expect(startOptions('municipality_admin', own)).toEqual({ newVersion: true, extension: false });
    expect(startOptions('municipality_admin', own, true)).toEqual({ newVersion: false, extension: false });
    expect(startOptions('national_analyst', own)).toEqual({ newVersion: false, extension: false });
  });

  it('sorts by code, newest version first', () => {
    const list = [summary, { ...summary, id: 'f2', version: 2 }, { ...summary, id: 'f3', code: 'AO-2020' }];
    expect(sortFrameworks(list).map((f) => f.id)).toEqual(['f3', 'f2', 'f1']);
  });

  it('names the level codes and the crosswalk topics', () => {
    const detail: CompetenceFrameworkDetail = {
      ...summary,
      source: null,
      levels: [{ level: 'basic', name: '', definition: 'Kan med stöd.' }],
      areas: [{ id: 'a', code: 'JU', name: 'Juridik', position: 1, topics: [{ id: 't', code: 'JU02', name: 'Familjerätt', position: 1, note: null }] }],
      crosswalk: [
        { topicCode: 'JU02', previousTopicCode: 'JU01', kind: 'renamed' },
        { topicCode: null, previousTopicCode: 'JU09', kind: 'removed' },
      ],
    };
    expect(levelRows(detail)).toEqual([{ level: 'basic', code: 'G', name: 'Grundläggande', definition: 'Kan med stöd.' }]);
    expect(crosswalkRows(detail)).toEqual([
      { kind: 'Nytt namn', topic: 'JU02 Familjerätt', previousTopic: 'JU01' },
      { kind: 'Borttagen', topic: '–', previousTopic: 'JU09' },
    ]);
  });

  it('says what is missing in the crosswalk in Swedish', () => {
    expect(crosswalkProblems({ 'topics.JU05': 'required', 'previousTopics.JU09': 'required', 'entries.2.kind': 'invalid_value' })).toEqual([
      'Inriktningen JU05 saknar koppling till förra versionen.',
      'Inriktningen JU09 i förra versionen saknar koppling till den här versionen.',
      'Rad 3: förändringen passar inte inriktningarna.',
    ]);
    expect(crosswalkProblems({ 'entries.0': 'not_unique', name: 'required' })).toEqual(['Rad 1: raden finns redan i tabellen.']);
    expect(crosswalkProblems(undefined)).toEqual([]);
  });

  it('edits the crosswalk with empty strings for "no topic" and sends nulls', () => {
    const entries = [
      { topicCode: 'JU07', previousTopicCode: null, kind: 'new' as const },
      { topicCode: null, previousTopicCode: 'JU09', kind: 'removed' as const },
    ];
    const draft = toCrosswalkDraft(entries);
    expect(draft[0]).toEqual({ topicCode: 'JU07', previousTopicCode: '', kind: 'new' });
    expect(toCrosswalkEntries(draft)).toEqual(entries);
    expect(topicCodes({ areas: [{ id: 'a', code: 'JU', name: 'J', position: 1, topics: [{ id: 't', code: 'JU02', name: 'F', position: 1, note: null }] }] })).toEqual(['JU02']);
  });
});
