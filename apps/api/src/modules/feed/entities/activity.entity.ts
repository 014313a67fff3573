import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ActivityKind } from '../../../common/graphql/enums';

export interface FieldChangeValue {
  field: string;
  from: string | null;
  to: string | null;
}

/**
 * One thing that happened; delivered_at marks the outbox. What happened does not change, with three
 * exceptions that keep the id: a burst of changes folds into it, its author edits a post, or it is
 * removed (a tombstone).
 */
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

  /** When its author last edited the text (posts). */
  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt: Date | null;

  /** Set when removed: the row stays as a tombstone with its body cleared. */
  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt: Date | null;

  @Column('text', { name: 'deleted_by', nullable: true })
  deletedBy: string | null;

  /** When it last changed after it was written: a folded change, an edit, a removal. */
  @Column('timestamptz', { name: 'updated_at', nullable: true })
  updatedAt: Date | null;

  /** Outbox flag for `feed:item:updated`: the change above is not pushed yet. */
  @Column('boolean', { name: 'update_pending', default: false })
  updatePending: boolean;
}
