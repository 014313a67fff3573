import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ActivityKind } from '../../../common/graphql/enums';

export interface FieldChangeValue {
  field: string;
  from: string | null;
  to: string | null;
}

/** One thing that happened. Immutable once written; delivered_at marks the outbox. */
@Entity('activities')
export class ActivityRow {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: ActivityKind;

  @Column('text', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text', { name: 'subject_id' })
  subjectId: string;

  @Column('text', { name: 'related_subject_ids', array: true, default: () => "'{}'" })
  relatedSubjectIds: string[];

  @Column('text', { nullable: true })
  body: string | null;

  @Column('jsonb', { nullable: true })
  changes: FieldChangeValue[] | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt: Date | null;
}
