import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A reply on an activity.' })
@Entity('comments')
export class Comment {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { name: 'activity_id' })
  activityId: string;

  @Field(() => ID)
  @Column('text', { name: 'author_id' })
  authorId: string;

  @Field(() => String, { nullable: true, description: 'Null once removed (see deletedAt).' })
  @Column('text', { nullable: true })
  body: string | null;

  @Field()
  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When its author last edited it: clients show "edited".' })
  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was removed; the comment stays as a tombstone.' })
  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt: Date | null;

  @Column('text', { name: 'deleted_by', nullable: true })
  deletedBy: string | null;
}
