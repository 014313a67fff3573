import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { ActivityKind, CasePriority, CaseStatus, RoutingAssignee } from '../../../common/graphql/enums';
import { Visibility } from '../../records/records.enums';
import { Clock } from '../../clock/clock.service';
import { ActivityWriter } from '../../feed/activity-writer.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { Case } from '../../records/entities/case.entity';
import { CASE_SPEC } from '../../records';
import { RecordWriter } from '../../records/record-writer.service';
import { SlaService } from '../../sla/sla.service';
import { TopicsService } from '../../topics/topics.service';
import { PersonasService } from '../personas/personas.service';
import { PRIORITY_ORDER } from '../scoring/priority';

/** What a case decision needs to know about the mention. */
export interface MentionForCase {
  id: string;
  network: string;
  authorHandle: string;
  text: string;
  accountId: string;
  personaId: string | null;
  priority: CasePriority;
}

export interface CaseDirections {
  assignTo: RoutingAssignee;
  assignTeamId: string | null;
  addTopic: string | null;
  /** Who decided, for the sentence: a rule's name, or "by hand". */
  because: string;
}

export interface CaseOutcome {
  caseId: string;
  opened: boolean;
  reopened: boolean;
}

const CLOSED: readonly string[] = [CaseStatus.RESOLVED, CaseStatus.CLOSED];
const NETWORK_NAMES: Record<string, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', reviews: 'a review site', other: 'the web' };

export const networkName = (network: string) => NETWORK_NAMES[network.toLowerCase()] ?? network;

/**
 * Cases from mentions. A persona's complaint joins the case of their previous one on the same
 * account when that was within SOCIAL_CASE_REOPEN_DAYS, reopening it if it was resolved or closed;
 * otherwise it opens a case through the records module (so its RECORD_CHANGE, follows, assignment
 * notification and visibility are those of any case), with a SYSTEM activity saying what routing
 * did. The persona's row is locked for the decision, so two complaints arriving at once make one case.
 */
@Injectable()
export class MentionCasesService {
  constructor(
    private readonly records: RecordWriter,
    private readonly writer: ActivityWriter,
    private readonly personas: PersonasService,
    private readonly sla: SlaService,
    private readonly topics: TopicsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async openOrJoin(tx: EntityManager, m: MentionForCase, directions: CaseDirections): Promise<CaseOutcome> {
    if (m.personaId) {
      await this.personas.lock(tx, m.personaId);
      const recent = await this.recentCase(tx, m);
      if (recent) return this.join(tx, m, recent, directions.because);
    }
    return this.open(tx, m, directions);
  }

  /** By hand: the mention joins this case (which the caller may open). */
  async link(tx: EntityManager, m: MentionForCase, caseId: string, actorId: string): Promise<CaseOutcome> {
    if (m.personaId) await this.personas.lock(tx, m.personaId);
    const [c]: Array<{ id: string; status: string; priority: string; subject: string; account_id: string }> = await tx.query(
      'SELECT id, status, priority, subject, account_id FROM cases WHERE id = $1 FOR UPDATE',
      [caseId],
    );
    return this.join(tx, m, c, 'by hand', actorId);
  }

  /** The case of the persona's latest mention on this account within the window (routed_at is on the app's clock; unset = this batch, now). */
  private async recentCase(tx: EntityManager, m: MentionForCase): Promise<{ id: string; status: string; priority: string; subject: string; account_id: string } | null> {
    const rows: Array<{ id: string; status: string; priority: string; subject: string; account_id: string }> = await tx.query(
      `SELECT c.id, c.status, c.priority, c.subject, c.account_id
       FROM social_mentions s JOIN cases c ON c.id = s.case_id
       WHERE s.persona_id = $1 AND s.id <> $2 AND c.account_id = $3
         AND coalesce(s.routed_at, $4) > $4::timestamptz - make_interval(days => $5)
       ORDER BY coalesce(s.routed_at, $4) DESC, s.id DESC LIMIT 1`,
      [m.personaId, m.id, m.accountId, this.clock.now(), this.config.socialListening.caseReopenDays],
    );
    return rows[0] ?? null;
  }

  private async join(
    tx: EntityManager,
    m: MentionForCase,
    c: { id: string; status: string; priority: string; subject: string; account_id: string },
    because: string,
    actorId: string | null = null,
  ): Promise<CaseOutcome> {
    await tx.query('UPDATE social_mentions SET case_id = $2 WHERE id = $1', [m.id, c.id]);
    const reopened = CLOSED.includes(c.status);
    const patch: Record<string, unknown> = {};
    if (reopened) patch.status = CaseStatus.OPEN;
    if (PRIORITY_ORDER.indexOf(m.priority) > PRIORITY_ORDER.indexOf(c.priority as CasePriority)) patch.priority = m.priority;
    if (Object.keys(patch).length > 0) await this.records.updateIn(tx, null, CASE_SPEC, c.id, patch, 'system');
    await this.writer.append(tx, {
      kind: ActivityKind.SYSTEM,
      actorId,
      subjectId: c.id,
      relatedSubjectIds: [c.account_id],
      body: `@${m.authorHandle} wrote again on ${networkName(m.network)}: the mention joined this case${reopened ? ', which is open again' : ''} (${because})`,
    });
    await this.sla.customerMessage(tx, { caseId: c.id, at: this.clock.now() });
    return { caseId: c.id, opened: false, reopened };
  }

  private async open(tx: EntityManager, m: MentionForCase, d: CaseDirections): Promise<CaseOutcome> {
    const assignee = await this.assignee(tx, m.accountId, d);
    const created: Case = await this.records.createIn(tx, null, CASE_SPEC, {
      accountId: m.accountId,
      subject: caseSubject(m),
      status: CaseStatus.NEW,
      priority: m.priority,
      ownerId: assignee.ownerId,
      owningTeamId: assignee.teamId ?? undefined,
      visibility: Visibility.PUBLIC,
    });
    await tx.query('UPDATE social_mentions SET case_id = $2 WHERE id = $1', [m.id, created.id]);
    const topics = d.addTopic ? await this.topics.ensure(tx, `#${d.addTopic}`) : [];
    const activity = await this.writer.append(tx, {
      kind: ActivityKind.SYSTEM,
      actorId: null,
      subjectId: created.id,
      relatedSubjectIds: [m.accountId, ...topics.map((t) => t.id)],
      body:
        `Case opened from @${m.authorHandle}'s complaint on ${networkName(m.network)}, assigned to ${assignee.label}` +
        `${topics.length > 0 ? ` #${topics[0].name}` : ''} (${d.because})`,
    });
    if (topics.length > 0) await this.topics.recordUses(tx, topics, { activityId: activity.id });
    if (assignee.teamMemberIds.length > 0) {
      await this.notifications.add(tx, { kind: 'ASSIGNMENT', recipientIds: assignee.teamMemberIds, actorId: null, activityId: activity.id, subjectId: created.id });
    }
    await this.sla.customerMessage(tx, { caseId: created.id, at: this.clock.now() });
    return { caseId: created.id, opened: true, reopened: false };
  }

  /**
   * The owner and team of a new case. A team's case goes to its lead, else to the member with the
   * fewest open cases (then by id); a team without members leaves it with the account's owner.
   */
  private async assignee(
    tx: EntityManager,
    accountId: string,
    d: CaseDirections,
  ): Promise<{ ownerId: string; teamId: string | null; label: string; teamMemberIds: string[] }> {
    const [account]: Array<{ owner_id: string; owner_name: string; support_team_id: string | null }> = await tx.query(
      `SELECT a.owner_id, e.name AS owner_name, a.support_team_id FROM accounts a JOIN employees e ON e.id = a.owner_id WHERE a.id = $1`,
      [accountId],
    );
    let teamId: string | null = null;
    if (d.assignTo === RoutingAssignee.TEAM) teamId = d.assignTeamId;
    else if (d.assignTo === RoutingAssignee.SUPPORT_TEAM) teamId = account.support_team_id ?? (await this.defaultTeamId(tx));
    const ownerLabel = `the account owner (${account.owner_name})`;
    if (!teamId) return { ownerId: account.owner_id, teamId: null, label: ownerLabel, teamMemberIds: [] };
    const members: Array<{ id: string; name: string; team_name: string; is_lead: boolean }> = await tx.query(
      `SELECT e.id, e.name, t.name AS team_name, (t.lead_id = e.id) IS TRUE AS is_lead
       FROM teams t JOIN team_members tm ON tm.team_id = t.id JOIN employees e ON e.id = tm.employee_id AND e.active
       LEFT JOIN LATERAL (SELECT count(*) AS n FROM cases c WHERE c.owner_id = e.id AND c.status NOT IN ('RESOLVED', 'CLOSED')) load ON true
       WHERE t.id = $1
       ORDER BY (t.lead_id = e.id) IS TRUE DESC, load.n, e.id`,
      [teamId],
    );
    if (members.length === 0) {
      const [team]: Array<{ name: string }> = await tx.query('SELECT name FROM teams WHERE id = $1', [teamId]);
      return { ownerId: account.owner_id, teamId, label: `${team?.name ?? 'the team'} (no members yet: ${ownerLabel})`, teamMemberIds: [] };
    }
    return { ownerId: members[0].id, teamId, label: `${members[0].team_name} (${members[0].name})`, teamMemberIds: members.map((x) => x.id) };
  }

  private async defaultTeamId(tx: EntityManager): Promise<string | null> {
    const handle = this.config.socialListening.defaultTeamHandle;
    if (!handle) return null;
    const rows: Array<{ id: string }> = await tx.query('SELECT id FROM teams WHERE lower(handle) = $1', [handle]);
    return rows[0]?.id ?? null;
  }
}

function caseSubject(m: MentionForCase): string {
  const text = m.text.replace(/\s+/g, ' ').trim();
  return `@${m.authorHandle} on ${networkName(m.network)}: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
}
