import { completenessIssues, type CompletenessMember } from './submission-completeness';

const caseworker: CompletenessMember = {
  role: 'caseworker',
  fte: '1.000',
  gender: 'woman',
  degree: 'social_work',
  experienceStart: '2015-03-01',
  continuingEducation: false,
  furtherEducation: false,
  masters: false,
  firstManagerialJob: null,
  needsDevelopment: null,
  qualificationStatus: 'qualified',
  levels: new Map([['SA01', 'basic']]),
};
const teamLeader: CompletenessMember = { ...caseworker, role: 'team_leader', firstManagerialJob: false, needsDevelopment: true, levels: new Map() };
const topics = ['SA01', 'SA02'];

describe('completenessIssues', () => {
  it('finds nothing in a complete caseworker or team leader', () => {
    expect(completenessIssues(caseworker, topics, '2025-10-01')).toEqual([]);
    expect(completenessIssues(teamLeader, topics, '2025-10-01')).toEqual([]);
  });

  it('names a caseworker assessed in no topic; not applicable is no assessment; a team leader needs none', () => {
    expect(completenessIssues({ ...caseworker, levels: new Map() }, topics, '2025-10-01')).toEqual(['not_assessed']);
    expect(completenessIssues({ ...caseworker, levels: new Map([['SA02', 'not_applicable']]) }, topics, '2025-10-01')).toEqual([
      'not_assessed',
    ]);
    expect(completenessIssues({ ...caseworker, levels: new Map([['SA03', 'basic']]) }, topics, '2025-10-01')).toEqual(['not_assessed']);
  });

  it('names experience that starts after the reference date, but not on it', () => {
    expect(completenessIssues({ ...caseworker, experienceStart: '2025-10-02' }, topics, '2025-10-01')).toEqual([
      'experience_after_reference_date',
    ]);
    expect(completenessIssues({ ...caseworker, experienceStart: '2025-10-01' }, topics, '2025-10-01')).toEqual([]);
  });

  it('names an experience start more than 50 years back as a placeholder', () => {
    expect(completenessIssues({ ...caseworker, experienceStart: '1900-01-01' }, topics, '2025-10-01')).toEqual(['experience_implausible']);
    expect(completenessIssues({ ...caseworker, experienceStart: '1975-10-01' }, topics, '2025-10-01')).toEqual([]);
    expect(completenessIssues({ ...caseworker, experienceStart: '1975-09-30' }, topics, '2025-10-01')).toEqual(['experience_implausible']);
  });

  it('names "no degree" with a qualified status, and only that combination', () => {
    expect(completenessIssues({ ...caseworker, degree: 'none' }, topics, '2025-10-01')).toEqual(['degree_contradicts_qualification']);
    expect(completenessIssues({ ...caseworker, degree: 'none', qualificationStatus: 'not_qualified' }, topics, '2025-10-01')).toEqual([]);
    expect(completenessIssues({ ...caseworker, degree: 'none', qualificationStatus: null }, topics, '2025-10-01')).toEqual([]);
  });

  it("names a team leader's unrecorded first managerial job and need of development, each", () => {
    expect(completenessIssues({ ...teamLeader, firstManagerialJob: null }, topics, '2025-10-01')).toEqual(['first_managerial_job_missing']);
    expect(completenessIssues({ ...teamLeader, firstManagerialJob: null, needsDevelopment: null }, topics, '2025-10-01')).toEqual([
      'first_managerial_job_missing',
      'needs_development_missing',
    ]);
  });
});
