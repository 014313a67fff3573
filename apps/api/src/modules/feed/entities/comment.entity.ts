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

  @Field()
  @Column('text')
  body: string;

  @Field()
  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
