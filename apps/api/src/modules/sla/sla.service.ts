import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseStatus } from '../../common/graphql/enums';
import { Clock } from '../clock/clock.service';
import { CLOSED_STATUSES, PAUSED_STATUSES, SlaClocksService } from './sla-clocks.service';

/**
 * The response SLA as other modules use it, always inside the caller's transaction: a customer
 * message starts a clock, an agent's response stops it. Status changes of a case (pending pauses,
 * resolved stops) reach it through the feed's write observers (see SlaFeedObserver).
 */
@Injectable()
export class SlaService {
  constructor(
    private readonly clocks: SlaClocksService,
    private readonly clock: Clock,
  ) {}

  /**
   * A customer message landed on the case: its first one starts the first-response clock, a later
   * one the next-response clock unless one is running. A resolved or closed case starts nothing
   * (reopen it first).
   */
  async customerMessage(tx: EntityManager, input: { caseId: string; at: Date }): Promise<void> {
    const c = await this.clocks.caseForSla(tx, input.caseId);
    if (!c || CLOSED_STATUSES.includes(c.status)) return;
    const kind = (await this.clocks.hasFirstResponseClock(tx, c.id)) ? 'NEXT_RESPONSE' : 'FIRST_RESPONSE';
    await this.clocks.start(tx, c, kind, input.at);
  }

  /** A public reply (logged, or arriving through a connector): stops the running response clock. */
  async agentResponse(tx: EntityManager, input: { caseId: string; at: Date; employeeId: string | null }): Promise<void> {
    await this.clocks.stopRunning(tx, input.caseId, input.at, input.employeeId);
  }

  /** An agent's first post or comment on the case answers its first customer message. */
  async agentComment(tx: EntityManager, input: { caseId: string; employeeId: string }): Promise<void> {
    await this.clocks.stopRunning(tx, input.caseId, this.clock.now(), input.employeeId, ['FIRST_RESPONSE']);
  }

  /**
   * The case's status moved: waiting on the customer pauses the running clock, leaving that state
   * resumes it, and resolving or closing stops every clock (a reopened case starts nothing by
   * itself: the customer's next message does).
   */
  async statusChanged(tx: EntityManager, input: { caseId: string; from: CaseStatus; to: CaseStatus; by: string | null }): Promise<void> {
    const at = this.clock.now();
    if (CLOSED_STATUSES.includes(input.to)) {
      await this.clocks.stopRunning(tx, input.caseId, at, input.by);
    } else if (PAUSED_STATUSES.includes(input.to)) {
      await this.clocks.pause(tx, input.caseId, at);
    } else if (PAUSED_STATUSES.includes(input.from)) {
      await this.clocks.resume(tx, input.caseId, at);
    }
  }
}
