import { Injectable } from '@nestjs/common';
import { type Actor, KeptAggregates, ScopedData, ValidationFailedError, uniqueViolation } from '@kl/api/core';
import type { NationalRound } from '@kl/shared/contracts';
import type { CreateNationalRoundDto } from './dto/national.dto';
import { NationalRoundCodeTakenError } from './national.errors';
import {
  NATIONAL_ROUND_SELECT,
  type NationalRoundRow,
  loadNationalRound,
  toNationalRound,
} from './national-round-row';

const SUBMITTED = `(SELECT count(*)::int FROM national_submission s WHERE s.national_round_id = r.id AND s.replaced_at IS NULL)`;

/** National rounds: the national analyst creates them; both tiers list them. */
@Injectable()
export class NationalRoundsService {
  constructor(
    private readonly data: ScopedData,
    private readonly kept: KeptAggregates,
  ) {}

  list(actor: Actor): Promise<NationalRound[]> {
    return this.data.inAggregates(actor, async (tx) => {
      const rows = await tx.query<NationalRoundRow & { submitted: number }>(
        `${NATIONAL_ROUND_SELECT.replace('SELECT r.id,', `SELECT ${SUBMITTED} AS submitted, r.id,`)}
         ORDER BY r.reference_date DESC, r.code DESC`,
      );
      return rows.map(({ submitted, ...row }) => toNationalRound(row, submitted));
    });
  }

  get(actor: Actor, code: string): Promise<NationalRound> {
    return this.data.inAggregates(actor, async (tx) => {
      const row = await loadNationalRound(tx, code);
      const [{ submitted }] = await tx.query<{ submitted: number }>(
        `SELECT ${SUBMITTED} AS submitted FROM national_round r WHERE r.id = $1`,
        [row.id],
      );
      return toNationalRound(row, submitted);
    }, 'National round');
  }

  create(actor: Actor, dto: CreateNationalRoundDto): Promise<NationalRound> {
    if (dto.opensOn > dto.closesOn) throw new ValidationFailedError({ closesOn: 'before_start' });
    return this.data.inAggregates(actor, async (tx) => {
      const frameworks = await tx.query<{ id: string }>(
        `SELECT id FROM competence_framework WHERE id = $1 AND municipality_id IS NULL AND status = 'published'`,
        [dto.frameworkId],
      );
      if (frameworks.length === 0) throw new ValidationFailedError({ frameworkId: 'invalid_value' });
      const classifications = await tx.query<{ id: string }>(
        dto.classificationCode
          ? 'SELECT id FROM municipality_group_classification WHERE code = $1'
          : 'SELECT id FROM municipality_group_classification WHERE is_current',
        dto.classificationCode ? [dto.classificationCode] : [],
      );
      if (classifications.length === 0) throw new ValidationFailedError({ classificationCode: 'invalid_value' });
      try {
        await tx.query(
          `INSERT INTO national_round (code, framework_id, classification_id, reference_date, opens_on, closes_on)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [dto.code, dto.frameworkId, classifications[0].id, dto.referenceDate, dto.opensOn, dto.closesOn],
        );
      } catch (error) {
        if (uniqueViolation(error) === 'uq_national_round_code') throw new NationalRoundCodeTakenError(dto.code);
        throw error;
      }
      const row = await loadNationalRound(tx, dto.code);
      const round = toNationalRound(row, 0);
      await tx.audit({ entityType: 'national_round', entityId: row.id, action: 'create', before: null, after: round });
      return round;
    }).finally(() => this.kept.forget());
  }
}
