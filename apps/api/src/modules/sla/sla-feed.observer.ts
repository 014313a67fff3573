import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ActivityKind, CaseStatus } from '../../common/graphql/enums';
import { subjectKindOf } from '../../common/ids';
import { FeedWriteObserver, FeedWriteObservers, WrittenActivity, WrittenComment } from '../feed';
import { SlaService } from './sla.service';

const STATUSES = new Set<string>(Object.values(CaseStatus));

/**
 * Feeds the SLA from what is written on a case's feed, in the same transaction: a status change
 * (the case's RECORD_CHANGE) pauses, resumes or stops its clock; an employee's post or comment on
 * the case stops the first-response clock. Registered with the feed, which knows nothing of SLAs.
 */
@Injectable()
export class SlaFeedObserver implements FeedWriteObserver, OnModuleInit {
  constructor(
    private readonly observers: FeedWriteObservers,
    private readonly sla: SlaService,
  ) {}

  onModuleInit(): void {
    this.observers.register(this);
  }

  async activitiesWritten(tx: EntityManager, activities: readonly WrittenActivity[]): Promise<void> {
    for (const a of activities) {
      if (subjectKindOf(a.subjectId) !== 'CASE') continue;
      if (a.kind === ActivityKind.RECORD_CHANGE) {
        for (const change of a.changes ?? []) {
          // A new case's status comes from nothing: that starts no clock and stops none.
          if (change.field !== 'status' || !STATUSES.has(String(change.from)) || !STATUSES.has(String(change.to))) continue;
          await this.sla.statusChanged(tx, { caseId: a.subjectId, from: change.from as CaseStatus, to: change.to as CaseStatus, by: a.actorId });
        }
      } else if (a.kind === ActivityKind.POST && a.actorId && subjectKindOf(a.actorId) === 'EMPLOYEE') {
        await this.sla.agentComment(tx, { caseId: a.subjectId, employeeId: a.actorId });
      }
    }
  }

  async commentWritten(tx: EntityManager, comment: WrittenComment): Promise<void> {
    if (subjectKindOf(comment.subjectId) !== 'CASE') return;
    await this.sla.agentComment(tx, { caseId: comment.subjectId, employeeId: comment.authorId });
  }
}
