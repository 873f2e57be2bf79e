import type { TargetSet, TargetSetTopic } from '@kl/shared/contracts';
import {
  appliesText,
  changedTopics,
  conflictRows,
  formValueOf,
  inheritedText,
  saveErrorMessages,
  targetOptions,
  toSaveRequest,
} from './target-form.model';

const KOMMUN = { unitId: null, unitName: null };
const FORVALTNING = { unitId: 'u1', unitName: 'Socialförvaltningen' };

const topic = (
  code: string,
  own: TargetSetTopic['own'],
  inherited: TargetSetTopic['inherited'] = null,
): TargetSetTopic => ({
  code,
  name: `Inriktning ${code}`,
  own,
  inherited,
});

const unitSet = (): TargetSet => ({
  id: 's1',
  unitId: 'u2',
  unitName: 'Mottagning',
  frameworkId: 'f1',
  role: 'caseworker',
  version: 3,
  updatedAt: '2026-11-23T10:00:00.000Z',
  areas: [
    {
      code: 'SA',
      name: 'Socialt arbete',
      topics: [
        topic('SA01', 'advanced', { choice: 'basic', origin: KOMMUN }),
        topic('SA02', null, { choice: 'basic', origin: FORVALTNING }),
      ],
    },
    {
      code: 'JU',
      name: 'Juridik',
      topics: [topic('JU01', 'none', { choice: 'advanced', origin: KOMMUN }), topic('JU02', null)],
    },
  ],
});

describe('the targets form', () => {
  it('says where an inherited target comes from', () => {
    expect(inheritedText({ choice: 'basic', origin: FORVALTNING })).toBe(
      'ärvs från Socialförvaltningen: Grundläggande',
    );
    expect(inheritedText({ choice: 'advanced', origin: KOMMUN })).toBe(
      'ärvs från hela kommunen: Fördjupad',
    );
    expect(inheritedText(null)).toBeNull();
  });

  it('offers a unit to inherit (naming what), to set no target, or a level; the kommun no inheritance', () => {
    const sa02 = topic('SA02', null, { choice: 'basic', origin: FORVALTNING });
    expect(targetOptions(sa02, false)).toEqual([
      { value: '', label: 'Ärv (Socialförvaltningen: Grundläggande)' },
      { value: 'none', label: 'Ingen målnivå' },
      { value: 'basic', label: 'Grundläggande' },
      { value: 'advanced', label: 'Fördjupad' },
    ]);
    expect(targetOptions(topic('JU02', null), false)[0]).toEqual({
      value: '',
      label: 'Ärv (ingen målnivå ovanför)',
    });
    expect(targetOptions(topic('JU02', null), true).map((o) => o.label)).toEqual([
      'Ingen målnivå',
      'Grundläggande',
      'Fördjupad',
    ]);
  });

  it('shows what applies with the chosen value', () => {
    const sa02 = topic('SA02', null, { choice: 'basic', origin: FORVALTNING });
    expect(appliesText(sa02, '')).toBe('Ärvs från Socialförvaltningen: Grundläggande');
    expect(appliesText(sa02, 'advanced')).toBe('Fördjupad, satt här');
    expect(appliesText(sa02, 'none')).toBe('Ingen målnivå, satt här');
    expect(appliesText(topic('JU02', null), '')).toBe('Ingen målnivå');
  });

  it('saves the whole set in framework order, leaving inherited topics out', () => {
    const set = unitSet();
    const value = { ...formValueOf(set), SA02: 'basic' as const, SA01: '' as const };
    expect(formValueOf(set)).toEqual({ SA01: 'advanced', SA02: '', JU01: 'none', JU02: '' });
    expect(toSaveRequest(set, value)).toEqual({
      unitId: 'u2',
      frameworkId: 'f1',
      role: 'caseworker',
      version: 3,
      targets: [
        { topicCode: 'SA02', choice: 'basic' },
        { topicCode: 'JU01', choice: 'none' },
      ],
    });
    expect(toSaveRequest(set, value, 4).version).toBe(4);
    expect(changedTopics(set, value)).toEqual(['SA01', 'SA02']);
    expect(changedTopics(set, formValueOf(set))).toEqual([]);
  });

  it('lists the topics where the other save and mine differ after a conflict', () => {
    const theirs = unitSet();
    const mine = { ...formValueOf(theirs), SA01: 'basic' as const, JU01: '' as const };
    expect(conflictRows(theirs, mine)).toEqual([
      { label: 'SA01 Inriktning SA01', theirs: 'Fördjupad', mine: 'Grundläggande' },
      { label: 'JU01 Inriktning JU01', theirs: 'Ingen målnivå', mine: 'Ärvs' },
    ]);
    const kommunWide = { ...theirs, unitId: null };
    expect(conflictRows(kommunWide, { ...formValueOf(theirs), SA01: '' })[0]).toMatchObject({
      mine: 'Ingen målnivå',
    });
  });

  it('names the topic of a refused entry', () => {
    const set = unitSet();
    const request = toSaveRequest(set, formValueOf(set));
    expect(
      saveErrorMessages(
        { 'targets.1.choice': 'not_allowed', frameworkId: 'invalid_value' },
        request,
        set,
      ),
    ).toEqual([
      'JU01 Inriktning JU01: Fältet ska inte fyllas i här.',
      'Ramverk: Värdet är inte tillåtet.',
    ]);
  });
});
