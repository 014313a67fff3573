import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CasePriority } from '../../common/graphql/enums';
import { PeopleService } from '../people/people.service';
import { RecordsService } from '../records/records.service';
import { SlaSettingsService } from './sla-settings.service';

/**
 * The policy's escalation on a breach: when it names a team, the case moves to that team and to
 * its lead (if it has an active one). One rule, no chains: a case breached again stays where it is.
 */
@Injectable()
export class SlaBreachReassigner {
  constructor(
    private readonly settings: SlaSettingsService,
    private readonly people: PeopleService,
    private readonly records: RecordsService,
  ) {}

  async onBreach(tx: EntityManager, caseId: string, priority: string): Promise<void> {
    const policy = await this.settings.policyFor(tx, priority as CasePriority);
    const teamId = policy.onBreachReassignToTeamId;
    if (!teamId) return;
    const team = await this.people.findTeamById(teamId);
    if (!team) return;
    await this.records.handCaseToTeam(tx, caseId, team.id, team.leadId);
  }
}
