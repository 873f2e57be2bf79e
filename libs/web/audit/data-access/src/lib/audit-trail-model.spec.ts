import type { AuditTrailEntry } from '@kl/shared/contracts';
import { auditChanges, auditTrailExportTable, auditTrailRow } from './audit-trail-model';

const entry = (overrides: Partial<AuditTrailEntry> = {}): AuditTrailEntry => ({
  id: 'e1',
  actorUserId: 'u1',
  actorDisplayName: 'Helena HR',
  entityType: 'user_account',
  entityId: 'a1',
  action: 'update',
  before: { role: 'caseworker', unitIds: [], status: 'active', version: 1 },
  after: { role: 'team_leader', unitIds: ['x'], status: 'active', version: 2 },
  occurredAt: '2026-12-03T09:15:00.000Z',
  subject: 'Alva Audit',
  ...overrides,
});

describe('the audit trail in words', () => {
  it('lists what changed, not the bookkeeping', () => {
    expect(auditChanges(entry().before, entry().after)).toBe(
      'role: caseworker → team_leader; unitIds: – → x',
    );
    expect(auditChanges(null, { enabled: false, issuer: 'https://idp' })).toBe(
      'enabled: nej; issuer: https://idp',
    );
    expect(auditChanges({ name: 'Gammal' }, null)).toBe('name: Gammal');
  });

  it('caps a long list of changes', () => {
    const after = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${i}`, i]));
    expect(auditChanges(null, after)).toMatch(/; och 3 till$/);
  });

  it('names who, what and which, and says when the system did it', () => {
    expect(auditTrailRow(entry(), 'u1')).toMatchObject({
      who: 'Helena HR (du)',
      kind: 'Användarkonto',
      action: 'Ändrad',
      subject: 'Alva Audit',
    });
    expect(
      auditTrailRow(
        entry({
          actorUserId: null,
          actorDisplayName: null,
          action: 'close',
          entityType: 'inventory_round',
          subject: null,
        }),
        null,
      ),
    ).toMatchObject({
      who: 'Systemet',
      kind: 'Inventeringsomgång',
      action: 'Stängd',
      subject: '–',
    });
  });

  it('exports each event with its time and record id', () => {
    expect(auditTrailExportTable([entry()]).rows[0]).toEqual([
      '2026-12-03T09:15:00.000Z',
      'Helena HR',
      'Användarkonto',
      'Ändrad',
      'Alva Audit',
      'role: caseworker → team_leader; unitIds: – → x',
      'a1',
    ]);
  });
});
