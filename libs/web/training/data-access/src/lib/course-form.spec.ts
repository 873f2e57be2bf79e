import type { Course } from '@kl/shared/contracts';
import {
  courseConflictRows,
  courseFieldMessage,
  emptyCourseForm,
  toCourseFormValue,
  toSaveCourseRequest,
  validateCourseForm,
} from './course-form';

const saved: Course = {
  id: 'c1',
  owner: { kind: 'kommun', municipalityId: 'm' },
  ownerName: 'Demokommun',
  shared: true,
  title: 'Utredningsmetodik',
  type: 'university_course',
  provider: 'university',
  credits: '7.5',
  durationDays: '10.0',
  costPerParticipant: '12000.50',
  topics: [{ topicCode: 'SA07', level: 'advanced' }],
  targetGroup: { role: 'caseworker', degree: 'any', experience: 'under2' },
  editable: true,
  version: 3,
};

describe('course form', () => {
  it('asks for title, type, provider and cost before anything is sent', () => {
    expect(validateCourseForm(emptyCourseForm())).toEqual({
      title: 'required',
      type: 'required',
      provider: 'required',
      costPerParticipant: 'required',
    });
  });

  it('checks numbers as the API takes them, and each topic chosen once', () => {
    const value = {
      ...toCourseFormValue(saved),
      credits: '7,55',
      durationDays: 'två',
      costPerParticipant: '12 000,505',
      topics: [
        { topicCode: 'SA07', level: 'basic' as const },
        { topicCode: '', level: 'basic' as const },
        { topicCode: 'SA07', level: 'advanced' as const },
      ],
    };
    expect(validateCourseForm(value)).toEqual({
      credits: 'invalid_format',
      durationDays: 'invalid_format',
      costPerParticipant: 'invalid_format',
      'topics.1.topicCode': 'required',
      'topics.2.topicCode': 'not_unique',
    });
  });

  it('reads a course into the form the way a person types it, and back into the same request', () => {
    const value = toCourseFormValue(saved);
    expect(value).toMatchObject({
      credits: '7,5',
      durationDays: '10',
      costPerParticipant: '12000,50',
      role: 'caseworker',
    });
    expect(validateCourseForm(value)).toEqual({});
    expect(toSaveCourseRequest(value, 3)).toEqual({
      title: 'Utredningsmetodik',
      type: 'university_course',
      provider: 'university',
      credits: '7.5',
      durationDays: '10',
      costPerParticipant: '12000.50',
      topics: [{ topicCode: 'SA07', level: 'advanced' }],
      targetGroup: { role: 'caseworker', degree: 'any', experience: 'under2' },
      shared: true,
      version: 3,
    });
  });

  it('sends thousands typed with spaces, empty numbers as null, "both roles" as null, no version for a new course', () => {
    const request = toSaveCourseRequest({
      ...emptyCourseForm(),
      title: '  Ny kurs ',
      type: 'e_learning',
      provider: 'internal',
      costPerParticipant: '3 500',
    });
    expect(request).toEqual({
      title: 'Ny kurs',
      type: 'e_learning',
      provider: 'internal',
      credits: null,
      durationDays: null,
      costPerParticipant: '3500',
      topics: [],
      targetGroup: { role: null, degree: 'any', experience: 'any' },
      shared: false,
    });
  });

  it('says what is wrong in Swedish, naming the topic row', () => {
    expect(courseFieldMessage('title', 'required')).toBe('Fyll i kursens namn.');
    expect(courseFieldMessage('type', 'required')).toBe('Välj typ av utbildning.');
    expect(courseFieldMessage('costPerParticipant', 'invalid_format')).toBe(
      'Skriv beloppet i kronor med högst två decimaler, till exempel 3500 eller 3500,50.',
    );
    expect(courseFieldMessage('topics.0.topicCode', 'invalid_value')).toBe(
      'Inriktningen finns inte i något publicerat ramverk.',
    );
    expect(courseFieldMessage('topics.1.topicCode', 'required')).toBe('Välj inriktning 2.');
  });

  it('lists only what differs between their saved course and my changes', () => {
    const mine = toSaveCourseRequest(
      { ...toCourseFormValue(saved), costPerParticipant: '9000' },
      3,
    );
    const theirs = { ...saved, title: 'Utredningsmetodik, fördjupning', version: 4 };
    expect(courseConflictRows(theirs, mine, [{ code: 'SA07', name: 'Utredningsmetodik' }])).toEqual(
      [
        {
          label: 'Kursens namn',
          theirs: 'Utredningsmetodik, fördjupning',
          mine: 'Utredningsmetodik',
        },
        { label: 'Kostnad per deltagare', theirs: '12\u00a0000,50 kr', mine: '9\u00a0000 kr' },
      ],
    );
  });
});
