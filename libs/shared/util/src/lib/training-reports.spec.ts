import { type DeliveryRow, deliveryReport, type ReachPerson, reachRows } from './training-reports';

describe('deliveryReport', () => {
  const row = (overrides: Partial<DeliveryRow>): DeliveryRow => ({
    unitId: 'm',
    unitName: 'Mottagning',
    courseType: 'one_day_course',
    status: 'completed',
    cancellationReason: null,
    count: 1,
    ...overrides,
  });

  it('counts each participation once in the total, its unit and its course type, cancellations by reason', () => {
    const report = deliveryReport(2026, [
      row({ count: 3 }),
      row({ status: 'booked', count: 2 }),
      row({ status: 'cancelled', cancellationReason: 'workload', count: 2 }),
      row({ unitId: 'u', unitName: 'Familjerätt', courseType: 'university_course', status: 'cancelled', cancellationReason: 'no_substitute' }),
      row({ unitId: 'u', unitName: 'Familjerätt', courseType: 'university_course', status: 'no_show' }),
      row({ unitId: 'u', unitName: 'Familjerätt', status: 'planned' }),
    ]);
    expect(report.total).toEqual({ participations: 10, open: 3, completed: 3, cancelled: 3, noShow: 1 });
    expect(report.byUnit).toEqual([
      { unitId: 'u', unitName: 'Familjerätt', participations: 3, open: 1, completed: 0, cancelled: 1, noShow: 1 },
      { unitId: 'm', unitName: 'Mottagning', participations: 7, open: 2, completed: 3, cancelled: 2, noShow: 0 },
    ]);
    expect(report.byCourseType.map((t) => [t.courseType, t.participations, t.completed, t.cancelled, t.noShow])).toEqual([
      ['university_course', 2, 0, 1, 1],
      ['one_day_course', 8, 3, 2, 0],
    ]);
    expect(report.byReason).toEqual([
      { reason: 'workload', cancelled: 2 },
      { reason: 'no_substitute', cancelled: 1 },
      { reason: 'illness', cancelled: 0 },
      { reason: 'course_cancelled', cancelled: 0 },
      { reason: 'other', cancelled: 0 },
    ]);
  });
});

describe('reachRows', () => {
  it('groups people by experience band at the date and socionomexamen, every group listed', () => {
    const people: ReachPerson[] = [
      { experienceStart: '2026-03-01', degree: 'social_work', completed: 2 },
      { experienceStart: '2026-03-01', degree: 'foreign_social_work', completed: 0 },
      { experienceStart: '2026-03-01', degree: 'social_care', completed: 1 },
      { experienceStart: '2010-01-01', degree: 'none', completed: 0 },
      // Exactly two years on the date: the 2–3 band.
      { experienceStart: '2024-12-31', degree: 'social_work', completed: 1 },
    ];
    const rows = reachRows(people, '2026-12-31');
    expect(rows).toHaveLength(10);
    const pick = (band: string, socionom: boolean) =>
      rows.find((r) => r.experienceBand === band && r.socionomexamen === socionom);
    expect(pick('<1', true)).toEqual({ experienceBand: '<1', socionomexamen: true, staff: 2, trainedStaff: 1, completed: 2 });
    expect(pick('<1', false)).toMatchObject({ staff: 1, trainedStaff: 1, completed: 1 });
    expect(pick('>4', false)).toMatchObject({ staff: 1, trainedStaff: 0, completed: 0 });
    expect(pick('<3', true)).toMatchObject({ staff: 1, trainedStaff: 1, completed: 1 });
    expect(pick('3-4', true)).toMatchObject({ staff: 0, trainedStaff: 0, completed: 0 });
  });
});
