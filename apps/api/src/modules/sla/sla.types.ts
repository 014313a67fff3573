import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CasePriority } from '../../common/graphql/enums';

/** Where a case stands against its response clock (its latest one). */
export enum SlaStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  BREACHED = 'BREACHED',
  MET = 'MET',
}
registerEnumType(SlaStatus, { name: 'SlaStatus' });

export type SlaClockKind = 'FIRST_RESPONSE' | 'NEXT_RESPONSE';

/** The share of a clock's time after which it is at risk. */
export const AT_RISK_SHARE = 0.75;

@ObjectType({ description: 'Response times for cases of one priority, in working minutes when the team has a calendar.' })
export class SlaPolicy {
  @Field(() => CasePriority)
  priority: CasePriority;

  @Field(() => Int, { description: 'Minutes to the first public reply after the first customer message.' })
  firstResponseMinutes: number;

  @Field(() => Int, { description: 'Minutes to the next reply after each later customer message.' })
  nextResponseMinutes: number;

  @Field(() => ID, {
    nullable: true,
    description: "On a breach, the case moves to this team (its lead becomes the owner when it has one); null: it stays.",
  })
  onBreachReassignToTeamId: string | null;

  @Field()
  updatedAt: Date;
}

@InputType()
export class SlaPolicyInput {
  @Field(() => Int)
  firstResponseMinutes: number;

  @Field(() => Int)
  nextResponseMinutes: number;

  @Field(() => ID, { nullable: true, description: 'Leave out or null for no reassignment on breach.' })
  onBreachReassignToTeamId?: string | null;
}

@ObjectType({ description: "A team's business hours: with one, its cases' clocks count working time only." })
export class BusinessCalendar {
  @Field(() => ID)
  teamId: string;

  @Field({ description: 'IANA time zone, say Europe/Berlin.' })
  timeZone: string;

  @Field(() => [Int], { description: 'ISO weekdays: 1 is Monday, 7 is Sunday.' })
  workingDays: number[];

  @Field({ description: 'Local start of the working day, HH:MM.' })
  opensAt: string;

  @Field({ description: 'Local end of the working day, HH:MM (24:00 for midnight).' })
  closesAt: string;

  @Field(() => [String], { description: 'Local dates off, YYYY-MM-DD.' })
  holidays: string[];

  @Field()
  updatedAt: Date;
}

@InputType()
export class BusinessCalendarInput {
  @Field()
  timeZone: string;

  @Field(() => [Int])
  workingDays: number[];

  @Field()
  opensAt: string;

  @Field()
  closesAt: string;

  @Field(() => [String], { nullable: true })
  holidays?: string[] | null;
}
