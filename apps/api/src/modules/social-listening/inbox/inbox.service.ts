import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { ActivityKind, CasePriority, MentionIntent, Role, RoutingAssignee, SocialQueue } from '../../../common/graphql/enums';
import { AccountTier } from '../../records/records.enums';
import { isUuid } from '../../../common/ids';
import { pushTo } from '../../../common/group.util';
import { assertPageSize } from '../../../common/page-size';
import { AppConfig } from '../../../config/app-config';
import { AccessService } from '../../access/access.service';
import { ActivityWriter } from '../../feed/activity-writer.service';
import { SocialMention, SocialMentionRow, toSocialMention } from '../../integrations/social/social-mention.types';
import { Employee } from '../../people/entities/employee.entity';
import { MentionCasesService } from '../cases/mention-cases.service';
import { RuleActions } from '../routing/rule-actions.service';
import { RoutingRulesService } from '../routing/routing-rules.service';
import { PersonasService } from '../personas/personas.service';
import { ClassifierService } from '../scoring/classifier.service';
import { influenceBand } from '../../integrations';
import { priorityOf } from '../scoring/priority';
import { SocialInboxOrder, SocialMentionConnection } from './inbox.types';
import { MentionEvents } from './mention-events.service';

export const MAX_INBOX_PAGE = 100;

const QUEUE_SQL: Record<SocialQueue, string> = {
  [SocialQueue.NEW]: 's.account_id IS NOT NULL AND s.case_id IS NULL AND s.claimed_by IS NULL AND s.dismissed_at IS NULL',
  [SocialQueue.ASSIGNED]: `s.account_id IS NOT NULL AND s.dismissed_at IS NULL AND (s.claimed_by IS NOT NULL OR s.case_id IS NOT NULL)
    AND (c.status IS NULL OR c.status NOT IN ('RESOLVED', 'CLOSED'))`,
  [SocialQueue.UNMATCHED]: 's.account_id IS NULL AND s.dismissed_at IS NULL',
  [SocialQueue.DONE]: `(s.dismissed_at IS NOT NULL OR c.status IN ('RESOLVED', 'CLOSED'))`,
};

/** Sort keys per order, as SQL expressions, and the direction they all share (row comparison). */
const ORDER_SQL: Record<SocialInboxOrder, { keys: string[]; desc: boolean }> = {
  [SocialInboxOrder.NEWEST]: { keys: ['s.created_at', 's.id'], desc: true },
  [SocialInboxOrder.PRIORITY]: {
    keys: [`array_position(ARRAY['LOW','MEDIUM','HIGH','URGENT'], s.priority)`, 's.created_at', 's.id'],
    desc: true,
  },
  [SocialInboxOrder.DUE]: { keys: [`coalesce(due.due_at, 'infinity'::timestamptz)`, 's.created_at', 's.id'], desc: false },
};

interface InboxArgs {
  queue: SocialQueue;
  first: number;
  after?: string | null;
  priority?: CasePriority | null;
  orderBy: SocialInboxOrder;
}

/**
 * The social inbox and what agents do in it. A viewer sees a matched mention when they can open
 * its account; unmatched ones (no account yet) are for admins and the default social team
 * (SOCIAL_DEFAULT_TEAM), who match them by hand.
 */
@Injectable()
export class SocialInboxService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly writer: ActivityWriter,
    private readonly cases: MentionCasesService,
    private readonly personas: PersonasService,
    private readonly classifier: ClassifierService,
    private readonly rules: RoutingRulesService,
    private readonly actions: RuleActions,
    private readonly events: MentionEvents,
    private readonly config: AppConfig,
  ) {}

  async inbox(viewer: Employee, args: InboxArgs): Promise<SocialMentionConnection> {
    const first = assertPageSize(args.first, MAX_INBOX_PAGE);
    const order = ORDER_SQL[args.orderBy];
    const params: unknown[] = [first + 1];
    const where = [`s.direction = 'INBOUND'`, 's.removed_at IS NULL', 's.routed_at IS NOT NULL', QUEUE_SQL[args.queue]];
    if (args.priority) {
      params.push(args.priority);
      where.push(`s.priority = $${params.length}`);
    }
    if (args.after) {
      const values = decodeInboxCursor(args.after, order.keys.length);
      const placeholders = values.map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      const casts = order.keys.map((k, i) => (i === order.keys.length - 1 ? `${placeholders[i]}::uuid` : k.includes('array_position') ? `${placeholders[i]}::int` : `${placeholders[i]}::timestamptz`));
      where.push(`(${order.keys.join(', ')}) ${order.desc ? '<' : '>'} (${casts.join(', ')})`);
    }
    if (args.queue === SocialQueue.UNMATCHED) {
      if (!(await this.seesUnmatched(viewer))) return { edges: [], pageInfo: emptyPage() };
    } else {
      // Checked on the rows a page reaches, not on every account (tidings_can_see is costed high,
      // so the planner applies it last).
      params.push(viewer.id);
      where.push(`tidings_can_see($${params.length}, s.account_id)`);
    }
    const direction = order.desc ? 'DESC' : 'ASC';
    const rows: Array<SocialMentionRow & { sort_keys: string[] }> = await this.db.query(
      `SELECT s.*, ARRAY[${order.keys.map((k) => `${k}::text`).join(', ')}] AS sort_keys
       FROM social_mentions s
       LEFT JOIN cases c ON c.id = s.case_id
       LEFT JOIN LATERAL (SELECT k.due_at FROM case_sla_clocks k WHERE k.case_id = s.case_id AND k.stopped_at IS NULL LIMIT 1) due ON true
       WHERE ${where.join(' AND ')}
       ORDER BY ${order.keys.map((k) => `${k} ${direction}`).join(', ')}
       LIMIT $1`,
      params,
    );
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({ cursor: encodeInboxCursor(r.sort_keys), node: toSocialMention(r) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null },
    };
  }

  async claim(viewer: Employee, mentionId: string): Promise<SocialMention> {
    return this.change(viewer, mentionId, async (tx, m) => {
      if (m.claimed_by && m.claimed_by !== viewer.id) throw AppError.conflict('mentionId', 'is already claimed by a colleague');
      await tx.query('UPDATE social_mentions SET claimed_by = $2, claimed_at = clock_timestamp(), dismissed_at = NULL, dismissed_by = NULL WHERE id = $1', [m.id, viewer.id]);
    });
  }

  async dismiss(viewer: Employee, mentionId: string): Promise<SocialMention> {
    return this.change(viewer, mentionId, async (tx, m) => {
      if (m.case_id) throw AppError.badInput('mentionId', 'is on a case; resolve the case instead of dismissing the mention');
      await tx.query('UPDATE social_mentions SET dismissed_at = clock_timestamp(), dismissed_by = $2 WHERE id = $1', [m.id, viewer.id]);
    });
  }

  /**
   * An agent's correction of intent and/or account. A new intent is stored as a training example
   * (every process retrains) and re-derives the priority; a new account moves the feed item there
   * and links the persona to it, so their later posts match too.
   */
  async correct(viewer: Employee, mentionId: string, intent: MentionIntent | null | undefined, accountId: string | null | undefined): Promise<SocialMention> {
    if (!intent && !accountId) throw AppError.badInput('intent', 'give intent, accountId or both');
    if (accountId && !(await this.access.canSee(viewer.id, accountId))) throw AppError.badInput('accountId', `no account you can open has the id "${accountId}"`);
    return this.change(viewer, mentionId, async (tx, m) => {
      const why = [...m.why];
      const current = m.intent as MentionIntent;
      if (intent && intent !== current) {
        await this.classifier.addCorrection(tx, { mentionId: m.id, text: m.text, intent, predicted: current, employeeId: viewer.id });
        const priority = priorityOf(intent, m.sentiment, influenceBand(m.author_followers, m.author_verified));
        why.push(`${viewer.name} corrected the intent: ${m.intent.toLowerCase()} → ${intent.toLowerCase()}`);
        await tx.query('UPDATE social_mentions SET intent = $2, priority = $3 WHERE id = $1', [m.id, intent, priority]);
      } else if (intent) {
        await this.classifier.addCorrection(tx, { mentionId: m.id, text: m.text, intent, predicted: current, employeeId: viewer.id });
        why.push(`${viewer.name} confirmed the intent: ${intent.toLowerCase()}`);
      }
      if (accountId && accountId !== m.account_id) {
        if (m.case_id) throw AppError.badInput('accountId', 'cannot change while the mention is on a case of its account');
        if (m.activity_id) await this.writer.retract(tx, m.activity_id);
        const activity = await this.writer.append(tx, { kind: ActivityKind.SOCIAL_MENTION, actorId: null, subjectId: accountId, relatedSubjectIds: [], body: m.text });
        await tx.query(`UPDATE social_mentions SET account_id = $2, match_confidence = 1, match_reason = 'agent', activity_id = $3 WHERE id = $1`, [m.id, accountId, activity.id]);
        if (m.persona_id) await this.personas.linkByAgent(tx, m.persona_id, accountId);
        why.push(`${viewer.name} matched it to the account`);
        // Now about a customer: the rules get their turn, as for a mention matched on arrival.
        if (m.routed_at) {
          const routed = await this.routeMatched(tx, m, accountId, activity.id, intent ?? current);
          if (routed.why) why.push(routed.why);
        }
      }
      await tx.query('UPDATE social_mentions SET why = $2 WHERE id = $1', [m.id, why]);
    });
  }

  private async routeMatched(tx: EntityManager, m: SocialMentionRow & { persona_id: string | null }, accountId: string, activityId: string, intent: MentionIntent) {
    const [account]: Array<{ tier: AccountTier }> = await tx.query('SELECT tier FROM accounts WHERE id = $1', [accountId]);
    const band = influenceBand(m.author_followers, m.author_verified);
    const routed = await this.actions.apply(tx, await this.rules.list(tx), {
      id: m.id,
      network: m.network,
      authorHandle: m.author_handle,
      text: m.text,
      accountId,
      accountTier: account?.tier ?? null,
      personaId: m.persona_id,
      activityId,
      intent,
      sentiment: m.sentiment,
      band,
      priority: priorityOf(intent, m.sentiment, band),
    });
    if (routed.ruleId) await tx.query('UPDATE social_mentions SET routing_rule_id = $2, priority = $3 WHERE id = $1', [m.id, routed.ruleId, routed.priority]);
    return routed;
  }

  async convert(viewer: Employee, mentionId: string): Promise<string> {
    let caseId = '';
    await this.change(viewer, mentionId, async (tx, m) => {
      if (!m.account_id) throw AppError.badInput('mentionId', 'has no account yet; match it with correctMention(accountId) first');
      if (m.case_id) throw AppError.conflict('mentionId', 'is already on a case');
      const outcome = await this.cases.openOrJoin(tx, forCase(m), { assignTo: RoutingAssignee.SUPPORT_TEAM, assignTeamId: null, addTopic: null, because: `by ${viewer.name}` });
      caseId = outcome.caseId;
    });
    return caseId;
  }

  async link(viewer: Employee, mentionId: string, caseId: string): Promise<string> {
    if (!(await this.access.canSee(viewer.id, caseId))) throw AppError.notFound('case');
    await this.change(viewer, mentionId, async (tx, m) => {
      const [c]: Array<{ account_id: string }> = await tx.query('SELECT account_id FROM cases WHERE id = $1', [caseId]);
      if (!c) throw AppError.notFound('case');
      if (m.case_id === caseId) return;
      if (m.case_id) throw AppError.conflict('mentionId', 'is already on another case');
      if (m.account_id && m.account_id !== c.account_id) throw AppError.badInput('caseId', "belongs to another account than the mention's");
      if (!m.account_id) throw AppError.badInput('mentionId', 'has no account yet; match it with correctMention(accountId) first');
      await this.cases.link(tx, forCase(m), caseId, viewer.id);
    });
    return caseId;
  }

  async mentionsOfCases(caseIds: readonly string[]): Promise<Map<string, SocialMention[]>> {
    const rows: SocialMentionRow[] = await this.db.query(
      `SELECT * FROM social_mentions WHERE case_id = ANY($1::text[]) ORDER BY posted_at, id`,
      [[...caseIds]],
    );
    const out = new Map<string, SocialMention[]>();
    for (const r of rows) pushTo(out, r.case_id!, toSocialMention(r));
    return out;
  }

  /** Locks the mention, checks the viewer may act on it, applies the change, answers it fresh and pushes it. */
  private async change(viewer: Employee, mentionId: string, apply: (tx: EntityManager, m: SocialMentionRow & { persona_id: string | null; why: string[] }) => Promise<void>): Promise<SocialMention> {
    if (!isUuid(mentionId)) throw AppError.notFound('mention');
    const result = await this.writer.transaction(async (tx) => {
      const [m]: Array<SocialMentionRow & { persona_id: string | null; direction: string }> = await tx.query(
        'SELECT * FROM social_mentions WHERE id = $1 FOR UPDATE',
        [mentionId],
      );
      if (!m || m.direction !== 'INBOUND' || !(await this.maySee(viewer, m.account_id, tx))) throw AppError.notFound('mention');
      await apply(tx, m);
      const [fresh]: SocialMentionRow[] = await tx.query('SELECT * FROM social_mentions WHERE id = $1', [mentionId]);
      return toSocialMention(fresh);
    });
    await this.events.publish([result.id]);
    return result;
  }

  private async maySee(viewer: Employee, accountId: string | null, tx: EntityManager): Promise<boolean> {
    return accountId ? this.access.canSee(viewer.id, accountId, tx) : this.seesUnmatched(viewer, tx);
  }

  /** Admins and members of the default social team work the unmatched queue. */
  async seesUnmatched(viewer: Employee, tx?: EntityManager): Promise<boolean> {
    if (viewer.role === Role.ADMIN) return true;
    const handle = this.config.socialListening.defaultTeamHandle;
    if (!handle) return false;
    const rows: Array<{ ok: boolean }> = await (tx ?? this.db.manager).query(
      `SELECT EXISTS (SELECT 1 FROM teams t JOIN team_members m ON m.team_id = t.id WHERE lower(t.handle) = $1 AND m.employee_id = $2) AS ok`,
      [handle, viewer.id],
    );
    return rows[0]?.ok === true;
  }
}

function forCase(m: SocialMentionRow & { persona_id: string | null }) {
  return { id: m.id, network: m.network, authorHandle: m.author_handle, text: m.text, accountId: m.account_id!, personaId: m.persona_id, priority: m.priority as CasePriority };
}

function emptyPage() {
  return { hasNextPage: false, endCursor: null, hasPreviousPage: false, startCursor: null };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;

function encodeInboxCursor(keys: string[]): string {
  return Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');
}

function decodeInboxCursor(cursor: string, length: number): string[] {
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(keys) && keys.length === length && keys.every((k) => typeof k === 'string') && isUuid(keys[length - 1])) {
      // Timestamps must parse; ranks must be numbers.
      if ((keys).slice(0, -1).every((k) => k === 'infinity' || /^\d+$/.test(k) || TIMESTAMP.test(k))) return keys;
    }
  } catch {
    // fall through
  }
  throw AppError.badInput('after', 'is not a cursor this inbox handed out for this order; pass pageInfo.endCursor of the previous page');
}
