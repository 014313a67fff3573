import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DocumentKind, DocumentStatus } from '../records.enums';
import { RecordBase } from './record-base.entity';

@ObjectType({ description: 'An RFP, proposal, contract or SOW; its files are its versions.' })
@Entity('documents')
export class Document extends RecordBase {
  @Field(() => ID, { nullable: true })
  @Column('text', { name: 'account_id', nullable: true })
  accountId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('text', { name: 'deal_id', nullable: true })
  dealId: string | null;

  @Field()
  @Column('text')
  title: string;

  @Field(() => DocumentKind)
  @Column('text')
  kind: DocumentKind;

  @Field(() => DocumentStatus)
  @Column('text')
  status: DocumentStatus;
}
