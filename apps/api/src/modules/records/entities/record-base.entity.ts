import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, PrimaryColumn } from 'typeorm';
import { Visibility } from '../records.enums';

/** What every CRM record has: an owner, an optional owning team, and a visibility. */
@ObjectType({ isAbstract: true })
export abstract class RecordBase {
  @Field(() => ID)
  @PrimaryColumn('text')
  id: string;

  @Field(() => ID)
  @Column('text', { name: 'owner_id' })
  ownerId: string;

  @Field(() => ID, { nullable: true })
  @Column('text', { name: 'owning_team_id', nullable: true })
  owningTeamId: string | null;

  @Field(() => Visibility)
  @Column('text')
  visibility: Visibility;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Field()
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Field()
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}

export const numericToNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
