import {
  CANCELLATION_REASONS,
  type CancellationReason,
  COURSE_TYPES,
  type CourseType,
  type DeliveryCounts,
  type Degree,
  EXPERIENCE_BANDS,
  type ParticipationStatus,
  type TrainingDeliveryReport,
  type TrainingReachRow,
} from '@kl/shared/contracts';
import { hasSocionomexamen } from './national-submission';
import { experienceBand } from './staff-rules';

/** Participations of one unit, course type, status and reason, as the delivery query groups them. */
export interface DeliveryRow {
  unitId: string;
  unitName: string;
  courseType: CourseType;
  status: ParticipationStatus;
  cancellationReason: CancellationReason | null;
  count: number;
}

const noCounts = (): DeliveryCounts => ({ participations: 0, open: 0, completed: 0, cancelled: 0, noShow: 0 });

function count(counts: DeliveryCounts, row: DeliveryRow): void {
  counts.participations += row.count;
  if (row.status === 'planned' || row.status === 'booked') counts.open += row.count;
  else if (row.status === 'completed') counts.completed += row.count;
  else if (row.status === 'cancelled') counts.cancelled += row.count;
  else counts.noShow += row.count;
}

/**
 * Planned vs carried out: every participation counted once in the total, once under its person's
 * unit and once under its course's type, by where it ended up; cancellations also by reason (every
 * reason listed, zero included). Units by name, types and reasons in their fixed order.
 */
export function deliveryReport(year: number, rows: readonly DeliveryRow[]): TrainingDeliveryReport {
  const total = noCounts();
  const units = new Map<string, { unitId: string; unitName: string } & DeliveryCounts>();
  const types = new Map<CourseType, DeliveryCounts>();
  const reasons = new Map<CancellationReason, number>();
  for (const row of rows) {
    count(total, row);
    let unit = units.get(row.unitId);
    if (!unit) units.set(row.unitId, (unit = { unitId: row.unitId, unitName: row.unitName, ...noCounts() }));
    count(unit, row);
    let type = types.get(row.courseType);
    if (!type) types.set(row.courseType, (type = noCounts()));
    count(type, row);
    if (row.status === 'cancelled' && row.cancellationReason)
      reasons.set(row.cancellationReason, (reasons.get(row.cancellationReason) ?? 0) + row.count);
  }
  return {
    year,
    total,
    byUnit: [...units.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv')),
    byCourseType: COURSE_TYPES.filter((t) => types.has(t)).map((courseType) => ({
      courseType,
      ...(types.get(courseType) as DeliveryCounts),
    })),
    byReason: CANCELLATION_REASONS.map((reason) => ({ reason, cancelled: reasons.get(reason) ?? 0 })),
  };
}

/** One person of the reach report: experience start, degree and completed participations in the year. */
export interface ReachPerson {
  experienceStart: string;
  degree: Degree;
  completed: number;
}

/**
 * Who got training: the people by experience band (at `bandDate`) and socionomexamen or not, each
 * group with its headcount, those with at least one completed course and the courses completed.
 * Every band × degree group is listed, empty ones too, bands in the national tables' order.
 */
export function reachRows(people: readonly ReachPerson[], bandDate: string): TrainingReachRow[] {
  const rows = EXPERIENCE_BANDS.flatMap((experienceBand) =>
    [true, false].map((socionomexamen) => ({ experienceBand, socionomexamen, staff: 0, trainedStaff: 0, completed: 0 })),
  );
  for (const person of people) {
    const band = experienceBand(person.experienceStart, bandDate);
    const row = rows.find((r) => r.experienceBand === band && r.socionomexamen === hasSocionomexamen(person.degree));
    if (!row) continue;
    row.staff += 1;
    if (person.completed > 0) row.trainedStaff += 1;
    row.completed += person.completed;
  }
  return rows;
}
