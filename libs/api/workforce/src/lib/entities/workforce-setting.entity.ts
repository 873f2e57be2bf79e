import { PENSION_AGE_DEFAULT } from '@kl/shared/contracts';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';

/** The kommun's settings for workforce planning; a kommun without a row has the defaults. */
@Entity({ name: 'workforce_setting' })
@Check('ck_workforce_setting_pension_age', '"pension_age" BETWEEN 60 AND 75')
export class WorkforceSetting {
  @PrimaryColumn({ type: 'uuid' })
  municipalityId!: string;

  @OneToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_workforce_setting_municipality' })
  municipality?: Municipality;

  @Column({ type: 'smallint', default: PENSION_AGE_DEFAULT })
  pensionAge!: number;

  @Column({ type: 'integer', default: 1 })
  rowVersion!: number;
}
