import type { CellValue } from '@kl/shared/contracts';
import { type PopulationMember, buildSubmission, fteCell, hasSocionomexamen } from './national-submission';

const person = (overrides: Partial<Omit<PopulationMember, 'levels'>> & { levels?: [string, CellValue][] }): PopulationMember => ({
  role: 'caseworker',
  fte: '1.00',
  gender: 'woman',
  degree: 'social_work',
  experienceStart: '2010-01-01',
  continuingEducation: false,
  furtherEducation: false,
  masters: false,
  firstManagerialJob: null,
  needsDevelopment: null,
  ...overrides,
  levels: new Map(overrides.levels ?? []),
});

describe('fteCell', () => {
  it('rounds thousandths once to one decimal, half away from zero', () => {
    expect(fteCell(750n)).toBe('0.8');
    expect(fteCell(1350n)).toBe('1.4');
    expect(fteCell(1349n)).toBe('1.3');
    expect(fteCell(50n)).toBe('0.1');
    expect(fteCell(49n)).toBe('0.0');
    expect(fteCell(0n)).toBe('0.0');
  });
});

describe('hasSocionomexamen', () => {
  it('counts a foreign socionomexamen, not social omsorgsexamen or another degree', () => {
    expect(hasSocionomexamen('social_work')).toBe(true);
    expect(hasSocionomexamen('foreign_social_work')).toBe(true);
    expect(hasSocionomexamen('social_care')).toBe(false);
    expect(hasSocionomexamen('other_relevant')).toBe(false);
    expect(hasSocionomexamen('none')).toBe(false);
  });
});

describe('buildSubmission', () => {
  const people = [
    person({ fte: '0.25', levels: [['SA01', 'basic']] }),
    person({ fte: '0.25', gender: 'man', levels: [['SA01', 'basic'], ['SA02', 'not_applicable']] }),
    person({ fte: '0.5', gender: 'other', degree: 'none', experienceStart: '2025-06-01', levels: [['SA01', 'insufficient']] }),
    person({ fte: '0.33', experienceStart: '2025-06-01', continuingEducation: true, furtherEducation: true, masters: true }),
    person({ role: 'team_leader', fte: '0.5', firstManagerialJob: true, needsDevelopment: false, experienceStart: '2023-01-01', levels: [['SA01', 'advanced']] }),
  ];
  const cells = buildSubmission(people, ['SA01', 'SA02'], '2025-10-01', { ind_forvaltat: 'ja' });
  const value = (matt: string, inriktning = '', niva = '', kon = '') =>
    cells.find((c) => c.matt === matt && c.inriktning === inriktning && c.niva === niva && c.kon === kon)?.varde;

  it('sums caseworkers’ FTE per topic and level exactly, then rounds once; team leaders are not in topics', () => {
    expect(value('bedomning_fte', 'SA01', 'G')).toBe('0.5');
    expect(value('bedomning_fte', 'SA01', 'S')).toBe('0.5');
    expect(value('bedomning_fte', 'SA01', 'F')).toBe('0.0');
    // Not applicable and not assessed count at no level.
    expect(['G', 'F', 'S'].map((l) => value('bedomning_fte', 'SA02', l))).toEqual(['0.0', '0.0', '0.0']);
  });

  it('counts caseworkers by gender (annat as A) and education, and team leaders in heads', () => {
    expect(['K', 'M', 'A'].map((k) => value('handlaggare_fte', '', '', k))).toEqual(['0.6', '0.3', '0.5']);
    expect(value('handlaggare_socionom_under1ar_fte')).toBe('0.3');
    expect(['K', 'M', 'A'].map((k) => value('handlaggare_utan_socionom_fte', '', '', k))).toEqual(['0.0', '0.0', '0.5']);
    expect(value('handlaggare_fortbildning_antal')).toBe('1');
    expect(value('handlaggare_magister_antal')).toBe('1');
    expect(['K', 'M', 'A'].map((k) => value('arbetsledare_antal', '', '', k))).toEqual(['1', '0', '0']);
    expect(value('arbetsledare_forsta_chefsjobb_antal')).toBe('1');
    expect(value('arbetsledare_behov_antal')).toBe('0');
    expect(value('arbetsledare_under3ar_antal')).toBe('1');
  });

  it('sends only the indicators answered', () => {
    expect(value('ind_forvaltat')).toBe('ja');
    expect(cells.filter((c) => c.matt.startsWith('ind_'))).toHaveLength(1);
  });
});
