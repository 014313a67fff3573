import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DealStage } from '../records.enums';
import { numericToNumber, RecordBase } from './record-base.entity';

@ObjectType({ description: 'An opportunity with an account.' })
@Entity('deals')
export class Deal extends RecordBase {
  @Field(() => ID)
  @Column('text', { name: 'account_id' })
  accountId: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => DealStage)
  @Column('text')
  stage: DealStage;

  @Field(() => Float)
  @Column('numeric', { precision: 14, scale: 2, transformer: numericToNumber })
  amount: number;

  @Field(() => String, { nullable: true, description: 'ISO date, YYYY-MM-DD.' })
  @Column('date', { name: 'close_date', nullable: true })
  closeDate: string | null;
}
