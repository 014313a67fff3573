import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { ActivityKind } from '../../../common/graphql/enums';
import { DocumentStatus } from '../../records/records.enums';
import { subjectKindOf } from '../../../common/ids';
import { cleanText } from '../../../common/text.util';
import { AccessService } from '../../access/access.service';
import { ActivityWriter } from '../../feed/activity-writer.service';
import { FollowsService } from '../../follows/follows.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { Employee } from '../../people/entities/employee.entity';
import { PeopleService } from '../../people/people.service';
import { Document } from '../../records/entities/document.entity';
import { DOCUMENT_SPEC } from '../../records';
import { RecordsService } from '../../records/records.service';
import { ApprovalState } from '../documents.types';
import { pushTo } from '../../../common/group.util';

export interface ReviewRow {
  document_id: string;
  round: number;
  approver_id: string;
  state: ApprovalState;
  comment: string | null;
  decided_at: Date | null;
}

export const MAX_APPROVERS = 20;
const MAX_COMMENT = 2000;
const REVIEW_COLUMNS = 'r.document_id, r.round, r.approver_id, r.state, r.comment, r.decided_at';

/**
 * The review workflow: DRAFT (or REJECTED) → IN_REVIEW on submit; every approver approves → APPROVED;
 * one rejection → REJECTED. Each step is one transaction on the document's locked row that moves the
 * status and writes the step's activity, which the dispatcher fans out to the document's followers.
 */
@Injectable()
export class DocumentReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly records: RecordsService,
    private readonly access: AccessService,
    private readonly people: PeopleService,
    private readonly writer: ActivityWriter,
    private readonly follows: FollowsService,
    private readonly notifications: NotificationsService,
  ) {}

  async submit(actor: Employee, documentId: string, approverIds: readonly string[]): Promise<Document> {
    await this.records.findVisible(actor.id, DOCUMENT_SPEC, documentId);
    const approvers = await this.assertApprovers(documentId, approverIds);
    await this.writer.transaction(async (tx) => {
      const document = await this.lockVisible(tx, actor, documentId);
      if (document.status !== DocumentStatus.DRAFT && document.status !== DocumentStatus.REJECTED) {
        throw AppError.conflict('documentId', `the document is ${label(document.status)}; only a draft or a rejected document can be submitted for review`);
      }
      const versions: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM document_versions WHERE document_id = $1`, [documentId]);
      if (versions[0].n === 0) throw AppError.badInput('documentId', 'the document has no version yet; upload a file first');
      const round = await this.startRound(tx, actor, documentId, approvers.map((a) => a.id));
      await this.records.setDocumentStatus(tx, documentId, DocumentStatus.IN_REVIEW);
      const activity = await this.writer.append(tx, {
        kind: ActivityKind.RECORD_CHANGE,
        actorId: actor.id,
        subjectId: documentId,
        relatedSubjectIds: [...DOCUMENT_SPEC.parents(document), actor.id],
        body: `${document.title}: submitted for review${round > 1 ? ` (round ${round})` : ''} to ${names(approvers)}`,
        changes: [{ field: 'status', from: document.status, to: DocumentStatus.IN_REVIEW }],
      });
      await this.follows.ensureFollowing(tx, approvers.map((a) => a.id), documentId);
      await this.notifications.add(tx, { kind: 'ASSIGNMENT', recipientIds: approvers.map((a) => a.id), actorId: actor.id, activityId: activity.id, subjectId: documentId });
    });
    return this.records.findVisible(actor.id, DOCUMENT_SPEC, documentId);
  }

  async approve(actor: Employee, documentId: string, comment: string | null): Promise<Document> {
    const text = cleanComment(comment, false);
    await this.decide(actor, documentId, ApprovalState.APPROVED, text);
    return this.records.findVisible(actor.id, DOCUMENT_SPEC, documentId);
  }

  async reject(actor: Employee, documentId: string, comment: string): Promise<Document> {
    const text = cleanComment(comment, true);
    await this.decide(actor, documentId, ApprovalState.REJECTED, text);
    return this.records.findVisible(actor.id, DOCUMENT_SPEC, documentId);
  }

  /**
   * A new version arrived while in review: the approvals given were for another file, so a new
   * round starts with the same approvers, all pending again. Inside the version's transaction.
   */
  async restartRound(tx: EntityManager, actor: Employee, documentId: string): Promise<{ approverIds: string[]; names: string }> {
    const current = await this.currentRound(tx, documentId);
    const approverIds = current.map((r) => r.approver_id);
    await this.startRound(tx, actor, documentId, approverIds);
    const byId = new Map((await this.people.findByIds(approverIds)).map((e) => [e.id, e]));
    return { approverIds, names: names(approverIds.map((id) => byId.get(id) ?? { name: id })) };
  }

  /** The latest round of each document (empty when never submitted). */
  async currentRounds(documentIds: readonly string[]): Promise<Map<string, ReviewRow[]>> {
    const rows: ReviewRow[] = await this.db.query(
      `SELECT ${REVIEW_COLUMNS} FROM document_reviews r
       WHERE r.document_id = ANY($1)
         AND r.round = (SELECT max(round) FROM document_reviews m WHERE m.document_id = r.document_id)
       ORDER BY r.document_id, r.position`,
      [[...documentIds]],
    );
    const grouped = new Map<string, ReviewRow[]>();
    for (const row of rows) pushTo(grouped, row.document_id, row);
    return grouped;
  }

  private async decide(actor: Employee, documentId: string, state: ApprovalState, comment: string | null): Promise<void> {
    await this.records.findVisible(actor.id, DOCUMENT_SPEC, documentId);
    await this.writer.transaction(async (tx) => {
      const document = await this.lockVisible(tx, actor, documentId);
      if (document.status !== DocumentStatus.IN_REVIEW) {
        throw AppError.conflict('documentId', `the document is ${label(document.status)}, not in review`);
      }
      const round = await this.currentRound(tx, documentId);
      const mine = round.find((r) => r.approver_id === actor.id);
      if (!mine) throw AppError.forbidden('You are not an approver of this review. The person who submitted it can add you.');
      if (mine.state !== ApprovalState.PENDING) {
        throw AppError.conflict('documentId', `you already ${mine.state === ApprovalState.APPROVED ? 'approved' : 'rejected'} this version`);
      }
      await tx.query(
        `UPDATE document_reviews SET state = $4, comment = $5, decided_at = now() WHERE document_id = $1 AND round = $2 AND approver_id = $3`,
        [documentId, mine.round, actor.id, state, comment],
      );
      const approved = round.filter((r) => r.state === ApprovalState.APPROVED).length + (state === ApprovalState.APPROVED ? 1 : 0);
      const said = comment ? `: “${comment}”` : '';
      const base = { actorId: actor.id, subjectId: documentId, relatedSubjectIds: [...DOCUMENT_SPEC.parents(document), actor.id] };
      if (state === ApprovalState.REJECTED) {
        await this.records.setDocumentStatus(tx, documentId, DocumentStatus.REJECTED);
        await this.writer.append(tx, {
          ...base,
          kind: ActivityKind.RECORD_CHANGE,
          body: `${document.title}: rejected by ${actor.name}${said}`,
          changes: [{ field: 'status', from: DocumentStatus.IN_REVIEW, to: DocumentStatus.REJECTED }],
        });
      } else if (approved === round.length) {
        await this.records.setDocumentStatus(tx, documentId, DocumentStatus.APPROVED);
        await this.writer.append(tx, {
          ...base,
          kind: ActivityKind.RECORD_CHANGE,
          body: `${document.title}: approved by ${actor.name}${said}; all ${round.length} ${round.length === 1 ? 'approval is' : 'approvals are'} in`,
          changes: [{ field: 'status', from: DocumentStatus.IN_REVIEW, to: DocumentStatus.APPROVED }],
        });
      } else {
        await this.writer.append(tx, {
          ...base,
          kind: ActivityKind.SYSTEM,
          body: `${document.title}: approved by ${actor.name} (${approved} of ${round.length})${said}`,
        });
      }
    });
  }

  private async lockVisible(tx: EntityManager, actor: Employee, documentId: string): Promise<Document> {
    const document = await this.records.lockDocument(tx, documentId);
    if (!document || !(await this.access.canSee(actor.id, documentId, tx))) throw AppError.notFound('document');
    return document;
  }

  private async startRound(tx: EntityManager, actor: Employee, documentId: string, approverIds: readonly string[]): Promise<number> {
    const rows: Array<{ round: number }> = await tx.query(
      `INSERT INTO document_reviews (document_id, round, approver_id, position, requested_by)
       SELECT $1, coalesce((SELECT max(round) FROM document_reviews WHERE document_id = $1), 0) + 1, a.id, a.n, $3
       FROM unnest($2::text[]) WITH ORDINALITY AS a (id, n)
       RETURNING round`,
      [documentId, [...approverIds], actor.id],
    );
    return rows[0]?.round ?? 0;
  }

  private currentRound(tx: EntityManager, documentId: string): Promise<ReviewRow[]> {
    return tx.query(
      `SELECT ${REVIEW_COLUMNS} FROM document_reviews r
       WHERE r.document_id = $1 AND r.round = (SELECT max(round) FROM document_reviews WHERE document_id = $1)
       ORDER BY r.position`,
      [documentId],
    );
  }

  /** Approvers must be active employees who can open the document: a review they cannot read helps no one. */
  private async assertApprovers(documentId: string, approverIds: readonly string[]): Promise<Employee[]> {
    const ids = [...new Set(approverIds)];
    if (ids.length === 0) throw AppError.badInput('approverIds', 'name at least one approver');
    if (ids.length > MAX_APPROVERS) throw AppError.badInput('approverIds', `name at most ${MAX_APPROVERS} approvers`);
    const malformed = ids.find((id) => subjectKindOf(id) !== 'EMPLOYEE');
    if (malformed) throw AppError.badInput('approverIds', `"${malformed}" is not an employee id`);
    const found = await this.people.findByIds(ids);
    const active = new Map(found.filter((e) => e.active).map((e) => [e.id, e]));
    const unknown = ids.find((id) => !active.has(id));
    if (unknown) throw AppError.badInput('approverIds', `no active employee has the id "${unknown}"`);
    const approvers = ids.map((id) => active.get(id)).filter((e): e is Employee => e !== undefined);
    const blind: Employee[] = [];
    for (const approver of approvers) if (!(await this.access.canSee(approver.id, documentId))) blind.push(approver);
    if (blind.length > 0) {
      throw AppError.badInput('approverIds', `${names(blind)} cannot open this document; share it with ${blind.length === 1 ? 'them' : 'each of them'} first`);
    }
    return approvers;
  }
}

function cleanComment(comment: string | null | undefined, required: boolean): string | null {
  const text = comment == null ? '' : cleanText(comment);
  if (required && text === '') throw AppError.badInput('comment', 'say why you reject it, so the author knows what to change');
  if (text.length > MAX_COMMENT) throw AppError.badInput('comment', `must be at most ${MAX_COMMENT} characters`);
  return text === '' ? null : text;
}

function names(people: ReadonlyArray<{ name: string }>): string {
  const all = people.map((p) => p.name);
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

function label(status: DocumentStatus): string {
  return status.toLowerCase().replace('_', ' ');
}
