import type { IntroductionProgramme } from '@kl/shared/contracts';
import { emptyProgrammeDraft, programmeDraftErrors, programmeDraftOf, programmeRequest } from './introduction-form';

describe('introduction programme form', () => {
  it('checks the name, each title, week and course with the API codes', () => {
    const draft = emptyProgrammeDraft();
    draft.steps = [
      { kind: 'course', title: ' ', dueWeek: '0', courseId: '' },
      { kind: 'reading', title: 'Läs', dueWeek: '105', courseId: '' },
      { kind: 'other', title: 'Gå runt', dueWeek: 'två', courseId: '' },
    ];
    expect(programmeDraftErrors(draft)).toEqual({
      name: 'required',
      'steps.0.title': 'required',
      'steps.0.dueWeek': 'min',
      'steps.0.courseId': 'required',
      'steps.1.dueWeek': 'max',
      'steps.2.dueWeek': 'invalid_type',
    });
  });

  it('writes the request: kept step ids, weeks as numbers, a course only on a course step', () => {
    const programme: IntroductionProgramme = {
      id: 'p',
      name: 'Introduktion',
      targetRole: null,
      introductionCount: 1,
      version: 3,
      steps: [{ id: 's1', kind: 'course', title: 'BBIC', dueWeek: 4, courseId: 'c1', courseTitle: 'BBIC' }],
    };
    const draft = programmeDraftOf(programme);
    expect(draft).toEqual({ name: 'Introduktion', targetRole: '', steps: [{ id: 's1', kind: 'course', title: 'BBIC', dueWeek: '4', courseId: 'c1' }] });
    draft.steps.push({ kind: 'reading', title: ' Läs ', dueWeek: ' 2 ', courseId: 'c1' });
    expect(programmeRequest(draft, 3)).toEqual({
      version: 3,
      name: 'Introduktion',
      targetRole: null,
      steps: [
        { id: 's1', kind: 'course', title: 'BBIC', dueWeek: 4, courseId: 'c1' },
        { kind: 'reading', title: 'Läs', dueWeek: 2, courseId: null },
      ],
    });
    expect(programmeRequest(emptyProgrammeDraft())).not.toHaveProperty('version');
  });
});
