import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { CasePriority, CaseStatus } from '../../../common/graphql/enums';
import { RecordBase } from './record-base.entity';

@ObjectType({ description: 'A support ticket of an account.' })
@Entity('cases')
export class Case extends RecordBase {
  @Field(() => ID)
  @Column('text', { name: 'account_id' })
  accountId: string;

  @Field()
  @Column('text')
  subject: string;

  @Field(() => CaseStatus)
  @Column('text')
  status: CaseStatus;

  @Field(() => CasePriority)
  @Column('text')
  priority: CasePriority;
}
