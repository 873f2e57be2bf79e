import { AGGREGATE_GROUP_ROLE, AggregateTransaction } from '@kl/api/core';
import { createCourse, createSession } from '@kl/api/training';
import type { SaveCourseRequest } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import type { DataSource } from 'typeorm';

/** The län's courses, published by its regional analyst for every kommun of the län. */
const COUNTY_COURSES: {
  course: SaveCourseRequest;
  startsIn: number;
  place: string | null;
  capacity: number;
  seats: Record<string, number>;
}[] = [
  {
    course: {
      title: 'Barnkonventionen i socialtjänstens arbete',
      type: 'one_day_course',
      provider: 'regional_development_leader',
      durationDays: '1',
      costPerParticipant: '900',
      topics: [
        { topicCode: 'SA03', level: 'basic' },
        { topicCode: 'JU01', level: 'basic' },
      ],
      targetGroup: { role: 'caseworker', degree: 'any', experience: 'any' },
    },
    startsIn: 50,
    place: null,
    capacity: 60,
    seats: { '1880': 15, '1881': 10, '1883': 10 },
  },
  {
    course: {
      title: 'Placerade barn: länets nätverksdag',
      type: 'network_conference',
      provider: 'regional_development_leader',
      durationDays: '1',
      costPerParticipant: '500',
      topics: [{ topicCode: 'EP02', level: 'advanced' }],
      targetGroup: { role: null, degree: 'any', experience: 'any' },
    },
    startsIn: 90,
    place: 'Länsstyrelsen, Örebro',
    capacity: 40,
    seats: { '1880': 12, '1883': 10 },
  },
];

/**
 * The demo län's courses, written as its regional analyst writes them: on the aggregate role with
 * the län set, so the same row-level security, validation and audit trail hold as for the API
 * (`createCourse`, `createSession`). Each has a session with seats for the demo kommun and two
 * neighbours. Skipped when the län already has courses of its own.
 */
export async function seedDemoCountyTraining(
  owner: DataSource,
  countyCode: string,
  regionalAnalystId: string,
): Promise<void> {
  await owner.transaction(async (manager) => {
    await manager.query(`SET LOCAL ROLE ${AGGREGATE_GROUP_ROLE}`);
    await manager.query("SELECT set_config('app.county_code', $1, true)", [countyCode]);
    const tx = new AggregateTransaction(manager, { kind: 'county', countyCode }, regionalAnalystId);
    const existing = await tx.query('SELECT 1 FROM course WHERE municipality_id IS NULL LIMIT 1');
    if (existing.length > 0) return;
    for (const entry of COUNTY_COURSES) {
      const course = await createCourse(tx, entry.course, countyCode);
      const day = daysFromToday(entry.startsIn);
      await createSession(tx, course.id, {
        startsOn: day,
        endsOn: day,
        place: entry.place,
        online: entry.place === null,
        capacity: entry.capacity,
        seats: Object.entries(entry.seats).map(([municipalityCode, seats]) => ({
          municipalityCode,
          seats,
        })),
      });
    }
  });
}

function daysFromToday(days: number): string {
  const date = new Date(`${todayInSweden()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
