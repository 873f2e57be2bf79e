import type { EntityManager } from 'typeorm';
import { seedDemoEffectCourse } from './demo-effect';
import { seedDemoFollowUps } from './demo-follow-up';
import { seedDemoIntroduction } from './demo-introduction';
import { seedDemoSupport } from './demo-support';

/** The demo catalogue: each course develops topics where the demo kommun has gaps. */
const COURSES = [
  {
    title: 'Evidensbaserad praktik i socialtjänsten',
    type: 'two_day_course',
    provider: 'regional_development_leader',
    credits: null,
    days: '2',
    cost: '3500',
    topics: [['EP01', 'basic']],
    startsIn: 40,
  },
  {
    title: 'Barnrätt och familjerätt',
    type: 'one_day_course',
    provider: 'skr',
    credits: null,
    days: '1',
    cost: '1800',
    topics: [['JU02', 'basic']],
    startsIn: 60,
  },
  {
    title: 'Utredningsmetodik med BBIC, fördjupning',
    type: 'university_course',
    provider: 'university',
    credits: '7.5',
    days: '10',
    cost: '12000',
    topics: [
      ['SA07', 'advanced'],
      ['SA05', 'basic'],
    ],
    startsIn: 75,
  },
] as const;

/**
 * The demo kommun's training: a small catalogue with a session each, a statsbidrag of the
 * sessions' year, the kommun's overall plan with goals where it has gaps, the demo
 * caseworker booked on evidence-based practice on the grant, and a course already held with its
 * follow-ups (`seedDemoFollowUps`), and an introduction programme with a new hire on it
 * (`seedDemoIntroduction`). Skipped when the kommun already has
 * courses (a second start, or a kommun that has begun its own).
 */
export async function seedDemoTraining(
  manager: EntityManager,
  municipalityId: string,
  caseworkerStaffMemberId: string | null,
): Promise<void> {
  const existing: unknown[] = await manager.query('SELECT 1 FROM course WHERE municipality_id = $1 LIMIT 1', [
    municipalityId,
  ]);
  if (existing.length > 0) return;
  const sessions: { id: string; courseTitle: string; year: number }[] = [];
  for (const course of COURSES) {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO course (municipality_id, county_code, shared, title, type, provider, credits, duration_days, cost_per_participant,
                           target_role, target_degree, target_experience)
       SELECT $1, co.code, true, $2, $3, $4, $5, $6, $7, 'caseworker', 'any', 'any'
       FROM municipality m JOIN county co ON co.id = m.county_id WHERE m.id = $1 RETURNING id`,
      [municipalityId, course.title, course.type, course.provider, course.credits, course.days, course.cost],
    );
    await manager.query(
      `INSERT INTO course_topic (course_id, topic_code, level)
       SELECT $1, x.code, x.level::course_level FROM unnest($2::text[], $3::text[]) AS x(code, level)`,
      [id, course.topics.map((t) => t[0]), course.topics.map((t) => t[1])],
    );
    const [session]: { id: string; year: number }[] = await manager.query(
      `INSERT INTO course_session (course_id, municipality_id, county_code, starts_on, ends_on, place, online, capacity)
       SELECT $1, $2, c.county_code, current_date + $3::int, current_date + $3::int + ($4::numeric - 1)::int, 'Stadshuset', false, 12
       FROM course c WHERE c.id = $1
       RETURNING id, extract(year FROM starts_on)::int AS year`,
      [id, municipalityId, course.startsIn, course.days],
    );
    sessions.push({ id: session.id, courseTitle: course.title, year: session.year });
  }
  const year = sessions[0].year;
  const [grant]: { id: string }[] = await manager.query(
    `INSERT INTO state_grant (municipality_id, name, year, granted, requisitioned)
     VALUES ($1, 'Stärkt kompetens i den sociala barn- och ungdomsvården', $2, 60000, 30000) RETURNING id`,
    [municipalityId, year],
  );
  // The kommun's overall plans: one for its caseworkers, one for its team leaders (the national
  // survey asks for both), goals with a share of the group and a due date.
  const plans: [string, string, string, string][] = [
    ['caseworker', '40000', '60000', `($1, $2, 'EP01', 'basic', 80, 'caseworker', make_date($3::int, 6, 30)),
       ($1, $2, 'JU02', 'basic', 90, 'caseworker', make_date($3::int, 12, 31)),
       ($1, $2, 'SA07', 'advanced', 50, 'caseworker', make_date($3::int, 12, 31))`],
    ['team_leader', '15000', '0', `($1, $2, 'JU02', 'advanced', 100, 'team_leader', make_date($3::int, 12, 31))`],
  ];
  for (const [group, ordinary, granted, goals] of plans) {
    const [plan]: { id: string }[] = await manager.query(
      `INSERT INTO development_plan (municipality_id, kind, year, status, budget_ordinary, budget_grant, budget_other, staff_group)
       VALUES ($1, 'overall', $2, 'active', $3, $4, 0, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [municipalityId, year, ordinary, granted, group],
    );
    if (plan) {
      await manager.query(
        `INSERT INTO development_plan_goal (municipality_id, plan_id, topic_code, level, target_share, staff_group, due_on)
         VALUES ${goals}`,
        [municipalityId, plan.id, year],
      );
    }
  }
  if (caseworkerStaffMemberId) {
    await manager.query(
      `INSERT INTO participation (municipality_id, staff_member_id, session_id, status, cost, funding_source, grant_id)
       VALUES ($1, $2, $3, 'booked', 3500, 'grant', $4)`,
      [municipalityId, caseworkerStaffMemberId, sessions[0].id, grant.id],
    );
  }
  await seedDemoFollowUps(manager, municipalityId);
  await seedDemoIntroduction(manager, municipalityId);
  await seedDemoEffectCourse(manager, municipalityId);
  await seedDemoSupport(manager, municipalityId);
}
