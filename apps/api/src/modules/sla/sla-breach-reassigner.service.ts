import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CasePriority } from '../../common/graphql/enums';
import { PeopleService } from '../people/people.service';
import { RecordsService } from '../records/records.service';
import { SlaSettingsService } from './sla-settings.service';

/** Where a breached case goes: a team, and its lead as the new owner when it has an active one. */
export interface Escalation {
  teamId: string;
  teamName: string;
  ownerId: string | null;
}

/**
 * The policy's escalation on a breach: when it names a team, the case moves to that team and to
 * its lead. One rule, no chains: a case breached again goes to the same place.
 */
@Injectable()
export class SlaBreachReassigner {
  constructor(
    private readonly settings: SlaSettingsService,
    private readonly people: PeopleService,
    private readonly records: RecordsService,
  ) {}

  async escalationFor(tx: EntityManager, priority: CasePriority): Promise<Escalation | null> {
    const teamId = (await this.settings.policyFor(tx, priority)).onBreachReassignToTeamId;
    const team = teamId ? await this.people.findTeamById(teamId) : null;
    if (!team) return null;
    const lead = team.leadId ? await this.people.findById(team.leadId) : null;
    return { teamId: team.id, teamName: team.name, ownerId: lead?.active ? lead.id : null };
  }

  apply(tx: EntityManager, caseId: string, escalation: Escalation): Promise<void> {
    return this.records.handCaseToTeam(tx, caseId, escalation.teamId, escalation.ownerId);
  }
}
