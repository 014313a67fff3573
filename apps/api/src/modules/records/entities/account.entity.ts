import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { AccountTier } from '../records.enums';
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

  /** `network:handle` keys; GraphQL shows them as SocialHandle objects (AccountResolver). */
  @Column('text', { name: 'social_handles', array: true, default: () => "'{}'" })
  socialHandles: string[];

  @Field(() => [String], { description: 'Domains of the customer (example.com): a mention linking to one is about them.' })
  @Column('text', { array: true, default: () => "'{}'" })
  domains: string[];

  @Field(() => ID, { nullable: true, description: "The team the customer's social cases go to; unset: the configured default team (SOCIAL_DEFAULT_TEAM)." })
  @Column('text', { name: 'support_team_id', nullable: true })
  supportTeamId: string | null;

  @Field(() => [String], { description: 'Words or phrases that make a social mention about this customer.' })
  @Column('text', { name: 'watch_keywords', array: true, default: () => "'{}'" })
  watchKeywords: string[];
}
