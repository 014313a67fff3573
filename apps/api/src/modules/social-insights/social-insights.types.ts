import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SocialNetwork } from '../../common/graphql/enums';
import { SocialMention } from '../integrations/social/social-mention.types';
import { Case } from '../records/entities/case.entity';
import { ClassifierAccuracy } from '../social-listening/inbox/inbox.types';

@ObjectType({ description: 'One UTC day of the insights window.' })
export class InsightsDay {
  @Field({ description: 'The UTC date, YYYY-MM-DD.' })
  day: string;
  @Field(() => Int, { description: 'Inbound mentions posted that day.' })
  mentions: number;
  @Field(() => Int)
  complaints: number;
  @Field(() => Float, { nullable: true, description: 'Average sentiment (-1..1) of that day’s mentions; null without any.' })
  averageSentiment: number | null;
}

@ObjectType({ description: 'First-response times of the clocks stopped by a response, in working minutes (pauses excluded).' })
export class ResponseTimes {
  @Field(() => Int, { description: 'First responses measured.' })
  responses: number;
  @Field(() => Float, { nullable: true })
  p50Minutes: number | null;
  @Field(() => Float, { nullable: true })
  p90Minutes: number | null;
}

@ObjectType({ description: 'Response clocks decided in the window: met, or missed (stopped late, or running past due).' })
export class SlaCompliance {
  @Field(() => Int)
  met: number;
  @Field(() => Int)
  missed: number;
  @Field(() => Float, { nullable: true, description: 'met / (met + missed), 0..1; null when nothing was decided.' })
  share: number | null;
}

@ObjectType({ description: 'SLA compliance of the cases a team owns.' })
export class TeamSlaCompliance extends SlaCompliance {
  @Field(() => ID)
  teamId: string;
  @Field()
  name: string;
}

@ObjectType({ description: 'SLA compliance of the cases assigned to an employee.' })
export class AgentSlaCompliance extends SlaCompliance {
  @Field(() => ID)
  employeeId: string;
  @Field()
  name: string;
}

@ObjectType({ description: 'Social cases opened in the window and closed since: how many needed only one agent reply.' })
export class FirstContactResolution {
  @Field(() => Int, { description: 'Social cases opened in the window that are resolved or closed.' })
  closedCases: number;
  @Field(() => Int, { description: 'Of those, the ones closed after exactly one agent reply.' })
  oneReply: number;
  @Field(() => Float, { nullable: true, description: 'oneReply / closedCases, 0..1.' })
  share: number | null;
}

@ObjectType({ description: 'An author of mentions in the window, with what they said.' })
export class SocialAuthorInsight {
  @Field(() => SocialNetwork)
  network: SocialNetwork;
  @Field()
  handle: string;
  @Field(() => String, { nullable: true })
  name: string | null;
  @Field(() => Int, { description: 'Followers at their latest mention.' })
  followers: number;
  @Field()
  verified: boolean;
  @Field(() => Float, { description: 'Reach, 0..1: log10(followers + 1) / 7, capped at 1.' })
  influence: number;
  @Field(() => Int)
  mentions: number;
  @Field(() => Int, { description: 'Mentions with sentiment at or above 0.05.' })
  positiveMentions: number;
  @Field(() => Float, { nullable: true })
  averageSentiment: number | null;
  @Field(() => Float, { description: 'Advocacy: positiveMentions × (1 + influence).' })
  advocacy: number;
}

@ObjectType({ description: 'Social listening figures over the last `days` days, overall or for one account, within what the viewer can open.' })
export class Insights {
  @Field(() => ID, { nullable: true })
  accountId: string | null;
  @Field(() => Int)
  days: number;
  @Field({ description: 'Start of the window: midnight UTC, days − 1 days before today.' })
  since: Date;
  @Field({ description: 'End of the window (now).' })
  until: Date;
  @Field(() => Int, { description: 'Inbound mentions posted in the window.' })
  mentions: number;
  @Field(() => Int)
  complaints: number;
  @Field(() => Float, { nullable: true, description: 'complaints / mentions, 0..1.' })
  complaintShare: number | null;
  @Field(() => Float, { nullable: true })
  averageSentiment: number | null;
  @Field(() => [InsightsDay], { description: 'Every day of the window, oldest first, zero days included.' })
  daily: InsightsDay[];
  @Field(() => ResponseTimes)
  firstResponse: ResponseTimes;
  @Field(() => SlaCompliance)
  slaCompliance: SlaCompliance;
  @Field(() => [TeamSlaCompliance], { description: 'By the owning team of the case, most clocks first.' })
  slaByTeam: TeamSlaCompliance[];
  @Field(() => [AgentSlaCompliance], { description: 'By the assignee of the case, most clocks first.' })
  slaByAgent: AgentSlaCompliance[];
  @Field(() => FirstContactResolution)
  firstContactResolution: FirstContactResolution;
  @Field(() => [SocialAuthorInsight], { description: 'Authors with at least two positive mentions, by advocacy (top 10).' })
  advocates: SocialAuthorInsight[];
  @Field(() => [SocialAuthorInsight], { description: 'Authors by followers, verified first on a tie (top 10).' })
  topInfluencers: SocialAuthorInsight[];
  @Field(() => ClassifierAccuracy, { description: 'On the held-out corrections of mentions I can open (of the account, when given).' })
  classifierAccuracy: ClassifierAccuracy;
  @Field(() => [SocialMention], { description: 'The newest mentions of the window (up to 5), for a snapshot.' })
  recentMentions: SocialMention[];
  @Field(() => [Case], { description: 'Cases opened from mentions that are not resolved or closed yet, newest first (up to 10).' })
  openSocialCases: Case[];
}
