import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SocialInfluenceBand, SocialNetwork } from '../../../common/graphql/enums';
import { influenceBand, influenceScore } from '../../integrations';

@ObjectType({ description: 'Who posts on a network: one per network and handle, linked to an account when known.' })
export class SocialPersona {
  @Field(() => ID)
  id: string;
  @Field(() => SocialNetwork)
  network: SocialNetwork;
  @Field()
  handle: string;
  @Field(() => String, { nullable: true })
  name: string | null;
  @Field(() => Int)
  followers: number;
  @Field()
  verified: boolean;
  @Field(() => Float, { description: 'Reach 0 to 1 (log of followers).' })
  influence: number;
  @Field(() => SocialInfluenceBand)
  influenceBand: SocialInfluenceBand;
  @Field(() => ID, { nullable: true, description: 'The account (customer) this person speaks for.' })
  accountId: string | null;
  @Field(() => String, { nullable: true, description: 'HANDLE: the account lists the handle; AGENT: a colleague linked them.' })
  linkedBy: string | null;
}

export interface SocialPersonaRow {
  id: string;
  network: string;
  handle: string;
  name: string | null;
  followers: number;
  verified: boolean;
  account_id: string | null;
  linked_by: string | null;
}

export function toSocialPersona(r: SocialPersonaRow): SocialPersona {
  return {
    id: r.id,
    network: r.network.toUpperCase() as SocialNetwork,
    handle: r.handle,
    name: r.name,
    followers: r.followers,
    verified: r.verified,
    influence: influenceScore(r.followers),
    influenceBand: influenceBand(r.followers, r.verified),
    accountId: r.account_id,
    linkedBy: r.linked_by,
  };
}
