import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CasePriority } from '../../common/graphql/enums';
import { SlaSettingsService } from './sla-settings.service';
import { BusinessCalendar, BusinessCalendarInput, SlaPolicy, SlaPolicyInput } from './sla.types';

/** SLA settings: anyone signed in reads them, admins change them (see access-policies.ts). */
@Resolver()
export class SlaSettingsResolver {
  constructor(private readonly settings: SlaSettingsService) {}

  @Query(() => [SlaPolicy], { description: 'The response-time policy of each case priority, most urgent first.' })
  slaPolicies(): Promise<SlaPolicy[]> {
    return this.settings.policies();
  }

  @Query(() => [BusinessCalendar], { description: "Teams' business hours; a team without one counts every minute." })
  businessCalendars(): Promise<BusinessCalendar[]> {
    return this.settings.calendars();
  }

  @Mutation(() => SlaPolicy, { description: 'Admin. Applies to clocks started from now on.' })
  updateSlaPolicy(@Args('priority', { type: () => CasePriority }) priority: CasePriority, @Args('input') input: SlaPolicyInput): Promise<SlaPolicy> {
    return this.settings.updatePolicy(priority, input);
  }

  @Mutation(() => BusinessCalendar, { description: "Admin. Sets a team's business hours; applies to clocks started or resumed from now on." })
  setBusinessCalendar(@Args('teamId', { type: () => ID }) teamId: string, @Args('input') input: BusinessCalendarInput): Promise<BusinessCalendar> {
    return this.settings.setCalendar(teamId, input);
  }

  @Mutation(() => Boolean, { description: "Admin. Removes a team's business hours (every minute counts again); false when it had none." })
  removeBusinessCalendar(@Args('teamId', { type: () => ID }) teamId: string): Promise<boolean> {
    return this.settings.removeCalendar(teamId);
  }
}
