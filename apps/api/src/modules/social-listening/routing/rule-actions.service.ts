import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CasePriority, MentionIntent, SocialInfluenceBand } from '../../../common/graphql/enums';
import { AccountTier } from '../../records/records.enums';
import { NotificationsService } from '../../notifications/notifications.service';
import { MentionCasesService } from '../cases/mention-cases.service';
import { atLeast } from '../scoring/priority';
import { Rule, firstMatch } from './rule-matcher';

/** A matched mention, scored, as the rules see it. */
export interface MentionToRoute {
  id: string;
  network: string;
  authorHandle: string;
  text: string;
  accountId: string;
  accountTier: AccountTier | null;
  personaId: string | null;
  activityId: string | null;
  intent: MentionIntent;
  sentiment: number;
  band: SocialInfluenceBand;
  priority: CasePriority;
}

export interface Routed {
  ruleId: string | null;
  /** The priority after the rule's floor. */
  priority: CasePriority;
  /** What the rule did, for `why`; null when no rule matched. */
  why: string | null;
}

/** Applies the first matching rule's actions to a mention, inside the caller's transaction. */
@Injectable()
export class RuleActions {
  constructor(
    private readonly cases: MentionCasesService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The rule that decides for this mention (first match wins), or null. */
  match(rules: readonly Rule[], m: MentionToRoute): Rule | null {
    return firstMatch(rules, { network: m.network, intent: m.intent, sentiment: m.sentiment, band: m.band, accountTier: m.accountTier, text: m.text });
  }

  /** Whether applying the rule writes anything (a case, a notification). */
  static acts(rule: Rule): boolean {
    return rule.createCase || rule.notifyEmployeeIds.length > 0;
  }

  async apply(tx: EntityManager, rules: readonly Rule[], m: MentionToRoute): Promise<Routed> {
    const rule = this.match(rules, m);
    return rule ? this.applyRule(tx, rule, m) : { ruleId: null, priority: m.priority, why: null };
  }

  async applyRule(tx: EntityManager, rule: Rule, m: MentionToRoute): Promise<Routed> {
    let priority = m.priority;
    let why = `rule "${rule.name}"`;
    if (rule.createCase) {
      priority = atLeast(priority, rule.casePriority);
      const outcome = await this.cases.openOrJoin(
        tx,
        { id: m.id, network: m.network, authorHandle: m.authorHandle, text: m.text, accountId: m.accountId, personaId: m.personaId, priority },
        { assignTo: rule.assignTo, assignTeamId: rule.assignTeamId, addTopic: rule.addTopic, because: `rule "${rule.name}"` },
      );
      why += `: ${outcome.opened ? 'opened a case' : outcome.reopened ? 'reopened their recent case' : 'joined their open case'}`;
    }
    if (rule.notifyEmployeeIds.length > 0 && m.activityId) {
      await this.notifications.add(tx, { kind: 'ASSIGNMENT', recipientIds: rule.notifyEmployeeIds, actorId: null, activityId: m.activityId, subjectId: m.accountId });
    }
    return { ruleId: rule.id, priority, why };
  }
}
