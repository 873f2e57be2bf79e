import { Injectable } from '@nestjs/common';
import {
  type Actor,
  AppConfig,
  type KommunTransaction,
  NotFoundError,
  ScopedData,
} from '@kl/api/core';
import { NotificationsService, type Recipient } from '@kl/api/notifications';
import type {
  RoundProgress,
  RoundReminderPayload,
  SendRemindersResult,
  UnitProgress,
  UnitSignOff,
} from '@kl/shared/contracts';
import { RoundClosedError, RoundNotOpenError, RoundWindowEndedError } from './inventory.errors';
import { populationCte, populationReach } from './round-population';
import { acceptsAssessments, loadRound, roundRef, type RoundRow } from './round-row';

interface UnitRow {
  id: string;
  parentId: string | null;
  name: string;
}

interface LeaderRow {
  userId: string;
  displayName: string;
  email: string;
  unitIds: string[];
}

/**
 * The team leaders' "klar för enheten" and HR's follow-up of a round: which units are done, which
 * are not, who leads them, and a reminder to those who are not done (in the app, and by e-mail
 * when a mail server is configured).
 */
@Injectable()
export class SignOffsService {
  constructor(
    private readonly data: ScopedData,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  progress(actor: Actor, roundId: string): Promise<RoundProgress> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await loadRound(tx, roundId);
        return { round: roundRef(round), units: await unitProgress(tx, round) };
      },
      'Inventory round',
    );
  }

  /** Signs a unit (with its subunits) off; the unit must be in the caller's reach and the round accept assessments. */
  signOff(actor: Actor, roundId: string, unitId: string): Promise<RoundProgress> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await writableRound(tx, roundId);
        await tx.unitSubtree(unitId);
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO round_unit_sign_off (municipality_id, round_id, unit_id, signed_by_user_id)
         VALUES ($1, $2, $3, $4) ON CONFLICT (round_id, unit_id) DO NOTHING RETURNING id`,
          [tx.municipalityId, round.id, unitId, tx.actorUserId],
        );
        const units = await unitProgress(tx, round);
        if (inserted.length > 0) {
          const covered = units.filter((u) => u.signOff?.unitId === unitId.toLowerCase());
          await tx.audit({
            entityType: 'inventory_round',
            entityId: round.id,
            action: 'sign_off',
            before: null,
            after: {
              unitId,
              units: covered.map((u) => ({
                unitId: u.unitId,
                staff: u.staff,
                assessedStaff: u.assessedStaff,
              })),
            },
          });
        }
        return { round: roundRef(round), units };
      },
      'Inventory round',
    );
  }

  /** Takes a sign-off back by hand (a new leader assessment in the unit does it by itself); none to take back is fine. */
  undoSignOff(actor: Actor, roundId: string, unitId: string): Promise<RoundProgress> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await writableRound(tx, roundId);
        await tx.unitSubtree(unitId);
        const removed = await tx.modify<{ signedByUserId: string | null; signedAt: string }>(
          `DELETE FROM round_unit_sign_off WHERE municipality_id = $1 AND round_id = $2 AND unit_id = $3
         RETURNING signed_by_user_id AS "signedByUserId", signed_at AS "signedAt"`,
          [tx.municipalityId, round.id, unitId],
        );
        if (removed.length > 0) {
          await tx.audit({
            entityType: 'inventory_round',
            entityId: round.id,
            action: 'sign_off_undone',
            before: { unitId, ...removed[0] },
            after: null,
          });
        }
        return { round: roundRef(round), units: await unitProgress(tx, round) };
      },
      'Inventory round',
    );
  }

  /**
   * Reminds the team leaders of the units not done (or of the units named): one message per
   * team leader with their units, stored with the reminder's audit event in one transaction;
   * the e-mails go after it has committed.
   */
  async remind(
    actor: Actor,
    roundId: string,
    unitIds?: readonly string[],
  ): Promise<SendRemindersResult> {
    const mails = await this.data.inKommun(
      actor,
      async (tx) => {
        const round = await writableRound(tx, roundId);
        const wanted = unitIds ? new Set(unitIds.map((id) => id.toLowerCase())) : null;
        const units = (await unitProgress(tx, round)).filter((u) =>
          wanted ? wanted.has(u.unitId) : u.signOff === null,
        );
        if (wanted && units.length !== wanted.size) throw new NotFoundError('Unit');
        const leaders = await teamLeaders(tx);
        const byLeader = new Map<string, { leader: LeaderRow; units: UnitProgress[] }>();
        for (const unit of units) {
          for (const { userId } of unit.teamLeaders) {
            const leader = leaders.find((l) => l.userId === userId) as LeaderRow;
            const entry = byLeader.get(userId) ?? { leader, units: [] };
            entry.units.push(unit);
            byLeader.set(userId, entry);
          }
        }
        const messages = [...byLeader.values()].map(({ leader, units: theirs }) => {
          const payload: RoundReminderPayload = {
            roundId: round.id,
            roundName: round.name,
            closesOn: round.closesOn,
            units: theirs.map((u) => ({ id: u.unitId, name: u.unitName })),
          };
          return { recipient: this.recipient(leader, payload), payload };
        });
        const toMail = await this.notifications.store(tx, 'round_reminder', messages);
        await tx.audit({
          entityType: 'inventory_round',
          entityId: round.id,
          action: 'remind',
          before: null,
          after: { units: units.map((u) => u.unitId), recipients: [...byLeader.keys()] },
        });
        return toMail;
      },
      'Inventory round',
    );
    return { recipients: mails.length, emailed: await this.notifications.mailAll(mails) };
  }

  private recipient(leader: LeaderRow, payload: RoundReminderPayload): Recipient {
    const link = this.config.PUBLIC_URL
      ? `\n\n${this.config.PUBLIC_URL.replace(/\/$/, '')}/inventering/matris`
      : '';
    return {
      userId: leader.userId,
      email: leader.email,
      mail: {
        subject: `Påminnelse: ${payload.roundName}`,
        text:
          `Hej ${leader.displayName}!\n\nInventeringsomgången ${payload.roundName} stänger ${payload.closesOn}. ` +
          `De här enheterna är ännu inte markerade som klara:\n` +
          payload.units.map((u) => `- ${u.name}`).join('\n') +
          link +
          '\n',
      },
    };
  }
}

/** A round that still takes assessments: sign-offs and reminders belong to its window. */
async function writableRound(tx: KommunTransaction, roundId: string): Promise<RoundRow> {
  const round = await loadRound(tx, roundId, true);
  if (round.status === 'closed') throw new RoundClosedError();
  if (round.status !== 'open') throw new RoundNotOpenError();
  if (!acceptsAssessments(round)) throw new RoundWindowEndedError(round.closesOn);
  return round;
}

/** Every unit with people of the round in the caller's reach: counts, the covering sign-off and the team leaders. */
async function unitProgress(tx: KommunTransaction, round: RoundRow): Promise<UnitProgress[]> {
  const p = tx.params();
  const population = populationCte(p, [round]);
  const reach = populationReach(tx, p, { excludeSelf: true });
  const roundId = p.add(round.id, 'uuid');
  const counts = await tx.query<{ unitId: string; staff: number; assessedStaff: number }>(
    `WITH ${population}
     SELECT pop.unit_id AS "unitId", count(*)::int AS staff,
            count(*) FILTER (WHERE ${
              round.populationFrozenAt
                ? "pop.levels <> ''"
                : `EXISTS (
              SELECT 1 FROM assessment_cell c WHERE c.round_id = ${roundId} AND c.staff_member_id = pop.staff_member_id
                AND c.source = 'leader' AND c.value IS NOT NULL)`
            })::int AS "assessedStaff"
     FROM population pop WHERE ${reach} GROUP BY pop.unit_id`,
    p,
  );
  const units = await tx.query<UnitRow>(
    'SELECT id, parent_id AS "parentId", name FROM org_unit WHERE municipality_id = $1',
    [tx.municipalityId],
  );
  const signOffs = await tx.query<UnitSignOff>(
    `SELECT so.unit_id AS "unitId", u.name AS "unitName", so.signed_by_user_id AS "signedByUserId",
            a.display_name AS "signedByName", so.signed_at AS "signedAt"
     FROM round_unit_sign_off so JOIN org_unit u ON u.id = so.unit_id
     LEFT JOIN user_account a ON a.id = so.signed_by_user_id
     WHERE so.municipality_id = $1 AND so.round_id = $2`,
    [tx.municipalityId, round.id],
  );
  const leaders = await teamLeaders(tx);
  const byId = new Map(units.map((u) => [u.id, u]));
  const signOffOf = new Map(signOffs.map((s) => [s.unitId, s]));
  const ancestorsOf = (id: string): string[] => {
    const chain: string[] = [];
    for (
      let at = byId.get(id);
      at && !chain.includes(at.id);
      at = at.parentId ? byId.get(at.parentId) : undefined
    ) {
      chain.push(at.id);
    }
    return chain;
  };
  return counts
    .map((count): UnitProgress => {
      const chain = ancestorsOf(count.unitId);
      const covering = chain.map((id) => signOffOf.get(id)).find((s) => s !== undefined) ?? null;
      return {
        unitId: count.unitId,
        unitName: byId.get(count.unitId)?.name ?? '',
        staff: count.staff,
        assessedStaff: count.assessedStaff,
        signOff: covering,
        teamLeaders: leaders
          .filter((l) => l.unitIds.some((id) => chain.includes(id)))
          .map(({ userId, displayName }) => ({ userId, displayName })),
      };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv'));
}

/** The kommun's active team leader accounts with the units assigned to them. */
function teamLeaders(tx: KommunTransaction): Promise<LeaderRow[]> {
  return tx.query<LeaderRow>(
    `SELECT a.id AS "userId", a.display_name AS "displayName", a.email,
            array(SELECT uu.unit_id::text FROM user_account_unit uu WHERE uu.account_id = a.id) AS "unitIds"
     FROM user_account a
     WHERE a.municipality_id = $1 AND a.role = 'team_leader' AND a.status = 'active'
     ORDER BY a.display_name`,
    [tx.municipalityId],
  );
}
