import type { IntroductionStepProgress, MentorLoad, NewStaffIntroduction } from '@kl/shared/contracts';
import { exportTextRows } from '@kl/web/shared/util';
import {
  canMarkStep,
  introductionStateText,
  mentorLoadExportTable,
  newStaffExportTable,
  newStaffFlags,
  progressPercent,
  progressText,
  stepStatus,
} from './introduction-text';

const step: IntroductionStepProgress = {
  id: 's1',
  kind: 'reading',
  title: 'Läs rutinerna',
  dueWeek: 2,
  courseId: null,
  courseTitle: null,
  dueOn: '2026-09-15',
  doneOn: null,
  doneByName: null,
  source: null,
  overdue: false,
};

describe('introduction text', () => {
  it('says the progress in words and whole percent', () => {
    expect(progressText({ stepCount: 5, doneCount: 3, overdueCount: 0 })).toBe('3 av 5 steg klara');
    expect(progressText({ stepCount: 5, doneCount: 2, overdueCount: 1 })).toBe('2 av 5 steg klara, 1 försenat');
    expect(progressText({ stepCount: 5, doneCount: 0, overdueCount: 2 })).toBe('0 av 5 steg klara, 2 försenade');
    expect(progressPercent({ stepCount: 3, doneCount: 2 })).toBe(67);
    expect(progressPercent({ stepCount: 0, doneCount: 0 })).toBe(0);
  });

  it('says how a step stands: done by whom or by the course, overdue, due', () => {
    expect(stepStatus(step)).toBe('Ska vara klar 2026-09-15');
    expect(stepStatus({ ...step, overdue: true })).toBe('Försenad, skulle vara klar 2026-09-15');
    expect(stepStatus({ ...step, doneOn: '2026-09-10', source: 'marked', doneByName: 'Lena Lund' })).toBe('Klar 2026-09-10 (Lena Lund)');
    expect(stepStatus({ ...step, kind: 'course', doneOn: '2026-09-12', source: 'participation' })).toBe('Klar 2026-09-12 (kursen genomförd)');
  });

  it('flags what a new staff member lacks, and exports the lists', () => {
    const row: NewStaffIntroduction = {
      staffMemberId: 'a',
      firstName: 'Nora',
      lastName: 'Nyström',
      unitId: 'u',
      unitName: 'Mottagning',
      role: 'caseworker',
      employmentStart: '2026-11-01',
      experienceStart: '2026-11-01',
      introductionId: null,
      programmeName: null,
      mentorName: null,
      noProgramme: true,
      noMentor: true,
    };
    expect(newStaffFlags(row)).toBe('Saknar program och mentor');
    expect(newStaffFlags({ noProgramme: false, noMentor: true })).toBe('Saknar mentor');
    expect(newStaffFlags({ noProgramme: false, noMentor: false })).toBe('');
    expect(exportTextRows(newStaffExportTable([row]))[1]).toEqual([
      'Nyström',
      'Nora',
      'Mottagning',
      '2026-11-01',
      '2026-11-01',
      '–',
      '–',
      'Saknar program och mentor',
    ]);
    const load: MentorLoad = { staffMemberId: 'm', firstName: 'Hanna', lastName: 'Berg', unitName: 'Mottagning', mentees: 3, activeIntroductions: 2 };
    expect(exportTextRows(mentorLoadExportTable([load]))).toEqual([
      ['Efternamn', 'Förnamn', 'Enhet', 'Adepter', 'Pågående introduktioner'],
      ['Berg', 'Hanna', 'Mottagning', '3', '2'],
    ]);
  });

  it('lets the leaders mark all but course steps, the new hire their reading, a mentor nothing', () => {
    const intro = { staffMemberId: 'new', asMentor: false };
    const leader = { role: 'team_leader' as const, staffMemberId: 'lead' };
    expect(canMarkStep(leader, intro, { kind: 'supervision' })).toBe(true);
    expect(canMarkStep(leader, intro, { kind: 'course' })).toBe(false);
    expect(canMarkStep({ role: 'municipality_admin', staffMemberId: null }, intro, { kind: 'reading' })).toBe(true);
    expect(canMarkStep({ role: 'caseworker', staffMemberId: 'new' }, intro, { kind: 'reading' })).toBe(true);
    expect(canMarkStep({ role: 'caseworker', staffMemberId: 'new' }, intro, { kind: 'mentor_meeting' })).toBe(false);
    expect(canMarkStep({ role: 'caseworker', staffMemberId: 'mentor' }, { ...intro, asMentor: true }, { kind: 'reading' })).toBe(false);
    expect(canMarkStep(leader, { ...intro, asMentor: true }, { kind: 'reading' })).toBe(false);
  });

  it("says for the overview's new staff what their introduction lacks", () => {
    const list = [
      { staffMemberId: 'a', mentorStaffMemberId: 'm', asMentor: false },
      { staffMemberId: 'b', mentorStaffMemberId: null, asMentor: false },
      { staffMemberId: 'c', mentorStaffMemberId: 'x', asMentor: true },
    ];
    expect(introductionStateText('a', list)).toBe('Program och mentor');
    expect(introductionStateText('b', list)).toBe('Saknar mentor');
    expect(introductionStateText('c', list)).toBe('Saknar program och mentor');
    expect(introductionStateText('d', list)).toBe('Saknar program och mentor');
  });
});
