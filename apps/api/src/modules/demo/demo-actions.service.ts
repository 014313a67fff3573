import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CasePriority, CaseStatus, Role } from '../../common/graphql/enums';
import { DealStage, DocumentStatus, Visibility } from '../records/records.enums';
import { Reaction } from '../feed/feed.enums';
import { canSeeSql } from '../access/can-see.sql';
import { PostService } from '../feed/post.service';
import { ReactionsService } from '../feed/reactions/reactions.service';
import { Employee } from '../people/entities/employee.entity';
import { PeopleService } from '../people/people.service';
import { Case } from '../records/entities/case.entity';
import { Deal } from '../records/entities/deal.entity';
import { Document } from '../records/entities/document.entity';
import { ACCOUNT_SPEC } from '../records';
import { RecordsService } from '../records/records.service';
import { DEMO_COMMENTS, DEMO_EMPLOYEES, DemoTeamKey, fillPost, pick, POSTS_ABOUT } from './demo-org';

const NEXT_STAGE: Partial<Record<DealStage, DealStage[]>> = {
  PROSPECTING: [DealStage.QUALIFICATION],
  QUALIFICATION: [DealStage.PROPOSAL, DealStage.CLOSED_LOST],
  PROPOSAL: [DealStage.NEGOTIATION],
  NEGOTIATION: [DealStage.CLOSED_WON, DealStage.CLOSED_LOST, DealStage.PROPOSAL],
};
const NEXT_STATUS: Partial<Record<CaseStatus, CaseStatus[]>> = {
  NEW: [CaseStatus.OPEN],
  OPEN: [CaseStatus.PENDING_CUSTOMER, CaseStatus.ESCALATED, CaseStatus.RESOLVED],
  PENDING_CUSTOMER: [CaseStatus.OPEN, CaseStatus.RESOLVED],
  ESCALATED: [CaseStatus.OPEN, CaseStatus.RESOLVED],
  RESOLVED: [CaseStatus.CLOSED, CaseStatus.OPEN],
};
// By hand only; review and approval go through the review workflow.
const NEXT_DOC: Partial<Record<DocumentStatus, DocumentStatus[]>> = {
  REJECTED: [DocumentStatus.DRAFT],
  APPROVED: [DocumentStatus.SIGNED],
};

/**
 * Believable things people do, through the same services as the API: used to give the demo a
 * history and, by the simulator, to keep the feed moving.
 */
@Injectable()
export class DemoActions {
  constructor(
    private readonly db: DataSource,
    private readonly records: RecordsService,
    private readonly posts: PostService,
    private readonly people: PeopleService,
    private readonly reactions: ReactionsService,
  ) {}

  /**
   * One thing a colleague does, within their role: sales people move deals, support people cases,
   * solutions engineers and legal documents; anyone posts, comments and reacts. `notAs` are left out
   * (the simulator passes whoever is signed in).
   */
  async doSomething(random: () => number, notAs: ReadonlySet<string> = new Set()): Promise<string> {
    const actors = (await this.people.list()).filter((e) => e.role === Role.MEMBER && !notAs.has(e.id));
    if (actors.length === 0) return 'nobody to act';
    const actor = pick(random, actors);
    const roll = random();
    if (roll < 0.45) {
      const team = teamOf(actor);
      if (team === 'sales') return this.moveDeal(actor, random);
      if (team === 'support') return this.moveCase(actor, random);
      return this.moveDocument(actor, random);
    }
    if (roll < 0.62) return this.reactToAPost(actor, random);
    if (roll < 0.75) return this.replyToAPost(actor, random);
    return this.postSomething(actor, random);
  }

  private async reactToAPost(actor: Employee, random: () => number): Promise<string> {
    const post = await this.recentPostByOthers(actor, random);
    if (!post) return this.postSomething(actor, random);
    const reaction = pick(random, [Reaction.LIKE, Reaction.LIKE, Reaction.CELEBRATE, Reaction.INSIGHTFUL, Reaction.EYES]);
    await this.reactions.react(actor.id, { activityId: post }, reaction);
    return `${actor.name} reacted ${reaction} to ${post}`;
  }

  private async replyToAPost(actor: Employee, random: () => number): Promise<string> {
    const post = await this.recentPostByOthers(actor, random);
    if (!post) return this.postSomething(actor, random);
    await this.posts.comment(actor.id, post, pick(random, DEMO_COMMENTS));
    return `${actor.name} commented on ${post}`;
  }

  /** One of the last few posts on public records, by someone else. */
  private async recentPostByOthers(actor: Employee, random: () => number): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT a.id FROM activities a
       WHERE a.kind = 'POST' AND a.deleted_at IS NULL AND a.actor_id <> $1 AND ${canSeeSql('$1', 'a.subject_id')}
       ORDER BY a.created_at DESC LIMIT 8`,
      [actor.id],
    );
    return rows.length > 0 ? pick(random, rows).id : null;
  }

  private async moveDeal(actor: Employee, random: () => number): Promise<string> {
    const deal = await this.randomPublic(Deal, `stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')`, random);
    if (!deal) return this.postSomething(actor, random);
    const stage = pick(random, NEXT_STAGE[deal.stage] ?? [DealStage.QUALIFICATION]);
    const amount = random() < 0.3 ? Math.round((deal.amount * (0.8 + random() * 0.5)) / 500) * 500 : undefined;
    await this.records.updateDeal(actor, deal.id, { stage, amount });
    return `${actor.name} moved ${deal.name} to ${stage}`;
  }

  private async moveCase(actor: Employee, random: () => number): Promise<string> {
    const record = await this.randomPublic(Case, `status <> 'CLOSED'`, random);
    if (!record) return this.postSomething(actor, random);
    if (random() < 0.25) {
      const priority = pick(random, Object.values(CasePriority));
      await this.records.updateCase(actor, record.id, { priority });
      return `${actor.name} set ${record.subject} to ${priority}`;
    }
    const status = pick(random, NEXT_STATUS[record.status] ?? [CaseStatus.OPEN]);
    await this.records.updateCase(actor, record.id, { status });
    return `${actor.name} moved case ${record.subject} to ${status}`;
  }

  private async moveDocument(actor: Employee, random: () => number): Promise<string> {
    const document = await this.randomPublic(Document, `status IN ('REJECTED', 'APPROVED')`, random);
    if (!document) return this.postSomething(actor, random);
    const status = pick(random, NEXT_DOC[document.status] ?? [DocumentStatus.DRAFT]);
    await this.records.updateDocument(actor, document.id, { status });
    return `${actor.name} moved ${document.title} to ${status}`;
  }

  /** A post about a record of the actor's work (a deal for sales, a case for support), with its names in it. */
  private async postSomething(actor: Employee, random: () => number): Promise<string> {
    const team = teamOf(actor);
    const onCase = team === 'support' || (team !== 'sales' && random() < 0.3);
    const target = onCase ? await this.randomPublic(Case, 'true', random) : await this.randomPublic(Deal, 'true', random);
    if (!target) return 'nothing to post on';
    // Only where the actor can look: a public deal under a private account is private too.
    const account = await this.records.findVisible(actor.id, ACCOUNT_SPEC, target.accountId).catch(() => null);
    if (!account) return `${actor.name} found nothing to post about`;
    const body = target instanceof Case
      ? fillPost(pick(random, POSTS_ABOUT.case), { record: target.subject, account: account.name, amount: null }, random)
      : fillPost(pick(random, POSTS_ABOUT.deal), { record: target.name, account: account.name, amount: target.amount }, random);
    await this.posts.post(actor.id, { subjectId: target.id, body });
    return `${actor.name} posted on ${target.id}`;
  }

  private async randomPublic<T extends Deal | Case | Document>(entity: new () => T, condition: string, random: () => number): Promise<T | null> {
    const query = this.db
      .getRepository(entity)
      .createQueryBuilder('r')
      .where(`r.visibility = :visibility AND ${condition}`, { visibility: Visibility.PUBLIC });
    const count = await query.getCount();
    if (count === 0) return null;
    return query.orderBy('r.id').offset(Math.floor(random() * count)).limit(1).getOne();
  }
}

const TEAM_BY_HANDLE = new Map(DEMO_EMPLOYEES.map((e) => [e.handle, e.team]));

/** The demo team a person works in; people added later count as solutions (posts, documents). */
function teamOf(employee: Employee): DemoTeamKey {
  return TEAM_BY_HANDLE.get(employee.handle) ?? 'solutions';
}
