import type { Course, CourseSession } from '@kl/shared/contracts';
import {
  courseTopicsText,
  creditsText,
  durationText,
  filterCourses,
  seatsLeft,
  sessionDatesText,
  sessionPlaceText,
  sessionsByMonth,
  targetGroupText,
} from './course-text';

const course = (over: Partial<Course>): Course => ({
  id: 'c',
  owner: { kind: 'kommun', municipalityId: 'm' },
  ownerName: 'Demokommun',
  shared: false,
  title: 'Kurs',
  type: 'one_day_course',
  provider: 'skr',
  credits: null,
  durationDays: '1.0',
  costPerParticipant: '1000.00',
  topics: [],
  targetGroup: { role: null, degree: 'any', experience: 'any' },
  editable: true,
  version: 1,
  ...over,
});

const session = (id: string, startsOn: string, endsOn = startsOn): CourseSession => ({
  id,
  courseId: 'c',
  courseTitle: 'Kurs',
  owner: { kind: 'kommun', municipalityId: 'm' },
  startsOn,
  endsOn,
  place: 'Stadshuset',
  online: false,
  capacity: 10,
  seats: [],
  ourSeats: 10,
  ourTaken: 0,
  version: 1,
});

describe('course text', () => {
  it('names the topics with their level, the framework name where known', () => {
    const c = course({
      topics: [
        { topicCode: 'SA07', level: 'advanced' },
        { topicCode: 'XX99', level: 'basic' },
      ],
    });
    expect(courseTopicsText(c, [{ code: 'SA07', name: 'Utredningsmetodik' }])).toEqual([
      'SA07 Utredningsmetodik, fördjupad',
      'XX99, grundläggande',
    ]);
  });

  it('writes the target group, leaving out the open choices', () => {
    expect(targetGroupText(course({}))).toBe('Handläggare och arbetsledare');
    expect(
      targetGroupText(
        course({
          targetGroup: { role: 'caseworker', degree: 'social_work', experience: 'under2' },
        }),
      ),
    ).toBe('Handläggare, med socionomexamen, mindre än 2 års erfarenhet');
  });

  it('writes credits and duration with a decimal comma', () => {
    expect(creditsText('7.5')).toBe('7,5 hp');
    expect(creditsText('15.0')).toBe('15 hp');
    expect(creditsText(null)).toBe('–');
    expect(durationText('1.0')).toBe('1 dag');
    expect(durationText('0.5')).toBe('0,5 dag');
    expect(durationText('2.5')).toBe('2,5 dagar');
    expect(durationText(null)).toBe('–');
  });

  it('writes a session’s dates, place and free seats', () => {
    expect(sessionDatesText(session('a', '2027-03-10'))).toBe('2027-03-10');
    expect(sessionDatesText(session('a', '2027-03-10', '2027-03-11'))).toBe(
      '2027-03-10 – 2027-03-11',
    );
    expect(sessionPlaceText({ place: 'Stadshuset', online: false })).toBe('Stadshuset');
    expect(sessionPlaceText({ place: 'Stadshuset', online: true })).toBe('Stadshuset och distans');
    expect(sessionPlaceText({ place: null, online: true })).toBe('Distans');
    expect(seatsLeft({ ourSeats: 5, ourTaken: 2 })).toBe(3);
    expect(seatsLeft({ ourSeats: 2, ourTaken: 3 })).toBe(0);
  });

  it('groups sessions by the month they start in, in date order', () => {
    const months = sessionsByMonth([
      session('c', '2027-04-02'),
      session('a', '2027-03-30', '2027-04-01'),
      session('b', '2027-03-10'),
    ]);
    expect(months.map((m) => [m.key, m.label, m.sessions.map((s) => s.id)])).toEqual([
      ['2027-03', 'Mars 2027', ['b', 'a']],
      ['2027-04', 'April 2027', ['c']],
    ]);
  });

  it('filters the catalogue by type, provider and topic together, by title', () => {
    const courses = [
      course({
        id: '1',
        title: 'Öppna jämförelser',
        type: 'one_day_course',
        provider: 'skr',
        topics: [{ topicCode: 'EP01', level: 'basic' }],
      }),
      course({
        id: '2',
        title: 'Barnrätt',
        type: 'one_day_course',
        provider: 'university',
        topics: [{ topicCode: 'JU02', level: 'basic' }],
      }),
      course({
        id: '3',
        title: 'Anknytning',
        type: 'e_learning',
        provider: 'skr',
        topics: [{ topicCode: 'EP01', level: 'advanced' }],
      }),
    ];
    const ids = (f: Parameters<typeof filterCourses>[1]) =>
      filterCourses(courses, f).map((c) => c.id);
    expect(ids({ type: '', provider: '', topicCode: '' })).toEqual(['3', '2', '1']);
    expect(ids({ type: 'one_day_course', provider: '', topicCode: '' })).toEqual(['2', '1']);
    expect(ids({ type: '', provider: 'skr', topicCode: 'EP01' })).toEqual(['3', '1']);
    expect(ids({ type: 'e_learning', provider: 'university', topicCode: '' })).toEqual([]);
  });
});
