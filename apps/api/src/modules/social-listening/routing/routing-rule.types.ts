import { Field, Float, ID, InputType, Int, ObjectType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { CasePriority, MentionIntent, RoutingAssignee, SocialInfluenceBand, SocialNetwork } from '../../../common/graphql/enums';
import { AccountTier } from '../../records/records.enums';

@ObjectType({
  description:
    'A routing rule. Rules are ordered by position and the FIRST enabled rule whose conditions all hold decides what happens to a mention; ' +
    'the rest are not looked at. An empty list or an unset bound matches anything.',
})
export class RoutingRule {
  @Field(() => ID)
  id: string;
  @Field(() => Int, { description: '1 is looked at first.' })
  position: number;
  @Field()
  name: string;
  @Field()
  enabled: boolean;
  @Field(() => [SocialNetwork])
  networks: SocialNetwork[];
  @Field(() => [MentionIntent])
  intents: MentionIntent[];
  @Field(() => Float, { nullable: true, description: 'Sentiment at least this (-1..1).' })
  sentimentMin: number | null;
  @Field(() => Float, { nullable: true, description: 'Sentiment at most this (-1..1).' })
  sentimentMax: number | null;
  @Field(() => [SocialInfluenceBand])
  influenceBands: SocialInfluenceBand[];
  @Field(() => [AccountTier])
  accountTiers: AccountTier[];
  @Field(() => [String], { description: 'Any of these words or phrases in the text (case-insensitive).' })
  keywords: string[];
  @Field({ description: 'Open a case (or join the persona\'s recent one).' })
  createCase: boolean;
  @Field(() => CasePriority, { nullable: true, description: 'The case gets at least this priority; the scored priority when higher.' })
  casePriority: CasePriority | null;
  @Field(() => RoutingAssignee, { description: "SUPPORT_TEAM: the account's support team (else SOCIAL_DEFAULT_TEAM); ACCOUNT_OWNER; TEAM: assignTeamId." })
  assignTo: RoutingAssignee;
  @Field(() => ID, { nullable: true })
  assignTeamId: string | null;
  @Field(() => [ID], { description: 'Employees notified of the mention.' })
  notifyEmployeeIds: string[];
  @Field(() => String, { nullable: true, description: 'A topic (without #) added to the case.' })
  addTopic: string | null;
}

const NAME = { message: 'must be 1 to 200 characters' };
const SENTIMENT = { message: 'must be between -1 and 1' };
const LIST = { message: 'may hold at most 50 entries' };

@InputType()
export class CreateRoutingRuleInput {
  @Field() @Length(1, 200, NAME) name: string;
  @Field(() => Int, { nullable: true, description: 'Where to put it (1 = first); at the end when left out.' }) @IsOptional() @Min(1, { message: 'must be 1 or more' }) position?: number;
  @Field({ defaultValue: true }) enabled: boolean;
  @Field(() => [SocialNetwork], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) networks?: SocialNetwork[];
  @Field(() => [MentionIntent], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) intents?: MentionIntent[];
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(-1, SENTIMENT) @Max(1, SENTIMENT) sentimentMin?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(-1, SENTIMENT) @Max(1, SENTIMENT) sentimentMax?: number;
  @Field(() => [SocialInfluenceBand], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) influenceBands?: SocialInfluenceBand[];
  @Field(() => [AccountTier], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) accountTiers?: AccountTier[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) keywords?: string[];
  @Field({ defaultValue: false }) createCase: boolean;
  @Field(() => CasePriority, { nullable: true }) @IsOptional() casePriority?: CasePriority;
  @Field(() => RoutingAssignee, { defaultValue: RoutingAssignee.NONE }) assignTo: RoutingAssignee;
  @Field(() => ID, { nullable: true }) @IsOptional() assignTeamId?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50, LIST) notifyEmployeeIds?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100, { message: 'must be 1 to 100 characters' }) addTopic?: string;
}

@InputType()
export class UpdateRoutingRuleInput extends PartialType(CreateRoutingRuleInput, { omitDefaultValues: true }) {}
