import { Injectable } from '@nestjs/common';
import { type Actor, ScopedData } from '@kl/api/core';
import {
  EFFECT_MIN_PEOPLE,
  type StaffRole,
  type TrainingDeliveryReport,
  type TrainingEffectReport,
  type TrainingReachReport,
} from '@kl/shared/contracts';
import { deliveryReport, reachRows, todayInSweden, trainingEffect } from '@kl/shared/util';
import { loadEffectRows } from './effect.queries';
import { loadDeliveryRows, loadReachPeople } from './report.queries';

/**
 * The training reports (docs/training.md §8): the effect of training, planned vs carried out and
 * who got training. Aggregates of the caller's reach: HR the kommun, a team leader their units.
 */
@Injectable()
export class TrainingReportsService {
  constructor(private readonly data: ScopedData) {}

  effect(actor: Actor, year: number | null): Promise<TrainingEffectReport> {
    return this.data.inKommun(actor, async (tx) => {
      const rows = await loadEffectRows(tx, year);
      const participants = rows.flatMap((r) => (r.courseId === null ? [] : [{ ...r, courseId: r.courseId }]));
      return {
        year,
        minPeople: EFFECT_MIN_PEOPLE,
        effects: trainingEffect({
          participants,
          nonParticipants: rows.filter((r) => r.courseId === null),
          courseTitles: new Map(participants.map((r) => [r.courseId, r.courseTitle ?? ''])),
          topicNames: new Map(rows.map((r) => [r.topicCode, r.topicName])),
        }),
      };
    });
  }

  delivery(actor: Actor, year: number): Promise<TrainingDeliveryReport> {
    return this.data.inKommun(actor, async (tx) => deliveryReport(year, await loadDeliveryRows(tx, year)));
  }

  reach(actor: Actor, year: number, staffRole: StaffRole): Promise<TrainingReachReport> {
    return this.data.inKommun(actor, async (tx) => {
      const today = todayInSweden();
      const bandDate = today.startsWith(`${year}-`) ? today : `${year}-12-31`;
      const people = await loadReachPeople(tx, year, staffRole);
      return { year, bandDate, staffRole, rows: reachRows(people, bandDate) };
    });
  }
}
