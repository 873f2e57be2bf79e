import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Verksamhetsområde: barn och unga, ekonomiskt bistånd, … Units and frameworks carry one. */
@Entity({ name: 'service_area' })
@Index('uq_service_area_code', ['code'], { unique: true })
export class ServiceArea {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable code, e.g. `barn-och-unga`. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
