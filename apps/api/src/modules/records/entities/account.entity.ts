import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { AccountTier } from '../../../common/graphql/enums';
import { RecordBase } from './record-base.entity';

@ObjectType({ description: 'A customer.' })
@Entity('accounts')
export class Account extends RecordBase {
  @Field()
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  industry: string | null;

  @Field(() => AccountTier)
  @Column('text')
  tier: AccountTier;
}
