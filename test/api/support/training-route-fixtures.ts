import type { SignedIn } from '@kl/api/testing';
import type {
  Course,
  CourseSession,
  IntroductionProgramme,
  Participation,
  StateGrant,
} from '@kl/shared/contracts';
import type { KommunFixtures } from './route-matrix-fixtures';

/** A kommun's training records for the route matrix: made by its administrator through the API. */
export interface TrainingFixtures {
  /** A course of the kommun, not shared with the län. */
  course: string;
  session: string;
  /** The colleague (in the led unit), booked on the session. */
  participation: string;
  grant: string;
  /** The kommun's overall plan, and the colleague's individual plan. */
  plan: string;
  individualPlan: string;
  /** An introduction programme (a reading step), and the colleague's introduction with the caseworker (`self`) as mentor. */
  programme: string;
  introduction: string;
  readingStep: string;
}

const COURSE = {
  title: 'Matrisens kurs',
  type: 'one_day_course',
  provider: 'internal',
  costPerParticipant: '1000',
  topics: [{ topicCode: 'SA01', level: 'basic' }],
  targetGroup: { role: null, degree: 'any', experience: 'any' },
};

async function created<T>(request: Promise<{ status: number; body: unknown }>): Promise<T> {
  const r = await request;
  if (r.status !== 201)
    throw new Error(`Fixture call answered ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body as T;
}

export async function createTrainingFixtures(
  admin: SignedIn,
  k: KommunFixtures,
): Promise<TrainingFixtures> {
  const course = await created<Course>(admin.post('/api/courses').send(COURSE));
  const session = await created<CourseSession>(
    admin
      .post(`/api/courses/${course.id}/sessions`)
      .send({ startsOn: '2027-05-10', endsOn: '2027-05-10', online: true, capacity: 50 }),
  );
  const grant = await created<StateGrant>(
    admin.post('/api/grants').send({ name: 'Matrisens bidrag', year: 2027, granted: '100000' }),
  );
  const [participation] = await created<Participation[]>(
    admin
      .post(`/api/sessions/${session.id}/participations`)
      .send({ staffMemberIds: [k.colleague], status: 'booked', fundingSource: 'ordinary_budget' }),
  );
  const plan = await created<{ id: string }>(
    admin.post('/api/plans').send({ kind: 'overall', year: 2027 }),
  );
  const individualPlan = await created<{ id: string }>(
    admin.post('/api/plans').send({ kind: 'individual', year: 2027, staffMemberId: k.colleague }),
  );
  const programme = await created<IntroductionProgramme>(
    admin.post('/api/introduction-programmes').send({
      name: 'Matrisens introduktion',
      targetRole: null,
      steps: [{ kind: 'reading', title: 'Läs rutinerna', dueWeek: 1 }],
    }),
  );
  const introduction = await created<{ id: string }>(
    admin.post('/api/introductions').send({
      staffMemberId: k.colleague,
      programmeId: programme.id,
      mentorStaffMemberId: k.self,
      startDate: '2027-01-04',
    }),
  );
  return {
    programme: programme.id,
    introduction: introduction.id,
    readingStep: programme.steps[0].id,
    course: course.id,
    session: session.id,
    participation: participation.id,
    grant: grant.id,
    plan: plan.id,
    individualPlan: individualPlan.id,
  };
}

/** A course of the län (Stockholms län, the callers' own), published by its regional analyst. */
export async function createCountyCourse(regional: SignedIn): Promise<string> {
  return (
    await created<Course>(regional.post('/api/courses').send({ ...COURSE, title: 'Länets kurs' }))
  ).id;
}

export const COURSE_BODY = COURSE;
