import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@kl/api/organisation';
import { TrainingFollowUp } from './training-follow-up.entity';

/** A topic of the course a follow-up concerns, and the day the person's level in it is reassessed. */
@Entity({ name: 'training_follow_up_topic' })
@Index('uq_training_follow_up_topic', ['followUpId', 'topicCode'], { unique: true })
@Index('ix_training_follow_up_topic_reassess', ['municipalityId', 'reassessOn'])
export class TrainingFollowUpTopic {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'fk_training_follow_up_topic_municipality',
  })
  municipality?: Municipality;

  @Column({ type: 'uuid' })
  followUpId!: string;

  @ManyToOne(() => TrainingFollowUp, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'follow_up_id',
    foreignKeyConstraintName: 'fk_training_follow_up_topic_follow_up',
  })
  followUp?: TrainingFollowUp;

  @Column({ type: 'text' })
  topicCode!: string;

  @Column({ type: 'date' })
  reassessOn!: string;
}
