import type { AuditEvent } from '@kl/shared/contracts';
import { fieldChanges, formatStaffValue, readLog, staffHistory } from './staff-history';

const names = {
  unitName: (id: string) => ({ u1: 'Mottagningen', u2: 'Utredning' })[id],
  currentUserId: 'me',
};

const created = { employeeNumber: 'A-1', firstName: 'Anna', lastName: 'Berg', email: null, unitId: 'u1', fte: 1, masters: false, version: 1 };

describe('staff history', () => {
  it('lists the fields that changed, before → after, with Swedish labels and formats', () => {
    const rows = fieldChanges(created, { ...created, unitId: 'u2', fte: 0.75, email: 'a@k.se', version: 2 }, names);
    expect(rows).toEqual([
      { field: 'email', label: 'E-postadress', before: '–', after: 'a@k.se' },
      { field: 'unitId', label: 'Enhet', before: 'Mottagningen', after: 'Utredning' },
      { field: 'fte', label: 'Sysselsättningsgrad', before: '100\u00a0%', after: '75\u00a0%' },
    ]);
  });

  it('lists the fields a creation set, and leaves out the empty ones and the row version', () => {
    expect(fieldChanges(null, created, names).map((row) => row.field)).toEqual([
      'employeeNumber',
      'firstName',
      'lastName',
      'unitId',
      'fte',
    ]);
  });

  it('treats "0.75" from numeric columns as the same FTE as 0.75', () => {
    expect(fieldChanges({ fte: '0.75' }, { fte: 0.75 }, names)).toEqual([]);
  });

  it('formats codes and booleans in Swedish', () => {
    expect(formatStaffValue('degree', 'social_work')).toBe('Socionomexamen');
    expect(formatStaffValue('qualificationStatus', 'dispensation')).toBe('Dispens');
    expect(formatStaffValue('masters', true)).toBe('Ja');
    expect(formatStaffValue('needsDevelopment', null)).toBe('Ej angivet');
    expect(formatStaffValue('unitId', 'gone', names)).toBe('gone');
  });

  it('orders events newest first and says who and when', () => {
    const events: AuditEvent[] = [
      { id: '1', actorUserId: 'me', actorDisplayName: 'Hanna HR', entityType: 'staff_member', entityId: 's', action: 'create', before: null, after: created, occurredAt: '2026-11-20T08:00:00Z' },
      { id: '2', actorUserId: 'other', actorDisplayName: 'Olle Ek', entityType: 'staff_member', entityId: 's', action: 'leave', before: created, after: { ...created, employmentEnd: '2026-12-31' }, occurredAt: '2026-11-21T08:00:00Z' },
      { id: '3', actorUserId: 'hidden', actorDisplayName: null, entityType: 'staff_member', entityId: 's', action: 'update', before: created, after: created, occurredAt: '2026-11-22T08:00:00Z' },
      { id: '4', actorUserId: null, actorDisplayName: null, entityType: 'staff_member', entityId: 's', action: 'update', before: created, after: created, occurredAt: '2026-11-23T08:00:00Z' },
    ];
    const history = staffHistory(events, names);
    expect(history.map((entry) => [entry.action, entry.who, entry.when])).toEqual([
      ['Ändrad', 'Systemet', '2026-11-23 09:00'],
      ['Ändrad', 'En användare', '2026-11-22 09:00'],
      ['Anställningen avslutad', 'Olle Ek', '2026-11-21 09:00'],
      ['Skapad', 'Hanna HR (du)', '2026-11-20 09:00'],
    ]);
    expect(history[2].changes).toEqual([{ field: 'employmentEnd', label: 'Anställd till', before: '–', after: '2026-12-31' }]);
  });
});

describe('read log', () => {
  it("says who read what and when, in Swedish, marking the reader's own reads", () => {
    expect(
      readLog(
        [
          { id: 'r2', actorUserId: 'me', actorDisplayName: 'Hanna HR', resource: 'staff_record', occurredAt: '2026-11-23T08:00:00Z' },
          { id: 'r1', actorUserId: 'l', actorDisplayName: 'Leo Ledare', resource: 'team_matrix', occurredAt: '2026-11-22T16:30:00Z' },
          { id: 'r0', actorUserId: 'gone', actorDisplayName: null, resource: 'person_assessments', occurredAt: '2026-11-21T08:00:00Z' },
        ],
        'me',
      ).map(({ when, who, what }) => [when, who, what]),
    ).toEqual([
      ['2026-11-23 09:00', 'Hanna HR (du)', 'Uppgifterna'],
      ['2026-11-22 17:30', 'Leo Ledare', 'Kompetensmatrisen'],
      ['2026-11-21 09:00', 'En användare', 'Kompetensnivåerna'],
    ]);
  });
});
