import type { SignedIn } from '@kl/api/testing';
import type { Course, CourseSession, SaveCourseRequest } from '@kl/shared/contracts';

export const courseBody = (overrides: Partial<SaveCourseRequest> = {}): SaveCourseRequest => ({
  title: 'Evidensbaserad praktik i utredning',
  type: 'two_day_course',
  provider: 'university',
  credits: null,
  durationDays: '2',
  costPerParticipant: '4000',
  topics: [{ topicCode: 'SA01', level: 'basic' }],
  targetGroup: { role: 'caseworker', degree: 'any', experience: 'any' },
  ...overrides,
});

export async function createCourse(
  who: SignedIn,
  overrides: Partial<SaveCourseRequest> = {},
): Promise<Course> {
  return (await who.post('/api/courses').send(courseBody(overrides)).expect(201)).body;
}

export async function createSession(
  who: SignedIn,
  courseId: string,
  body: Partial<{ startsOn: string; endsOn: string; capacity: number; seats: object[] }> = {},
): Promise<CourseSession> {
  return (
    await who
      .post(`/api/courses/${courseId}/sessions`)
      .send({
        startsOn: '2027-03-10',
        endsOn: '2027-03-11',
        place: 'Stadshuset',
        online: false,
        capacity: 3,
        ...body,
      })
      .expect(201)
  ).body;
}
