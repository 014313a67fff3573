import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { EntityManager } from 'typeorm';
import { ActivityKind, CasePriority } from '../../common/graphql/enums';
import { LOGGER } from '../../common/logger';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../clock/clock.service';
import { ActivityWriter } from '../feed/activity-writer.service';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleService } from '../people/people.service';
import { SlaBreachReassigner } from './sla-breach-reassigner.service';
import { AT_RISK_SHARE, SlaClockKind } from './sla.types';

/** A clock whose moment came, with what its activity and notifications need. */
interface DueClock {
  id: string;
  case_id: string;
  kind: SlaClockKind;
  target_minutes: number;
  calendar_team_id: string | null;
  /** Restored if firing a breach fails, so the clock is exactly as it was. */
  previous_at_risk_fired_at: Date | null;
  account_id: string;
  subject: string;
  owner_id: string;
  owning_team_id: string | null;
  priority: CasePriority;
}

type SlaEvent = 'AT_RISK' | 'BREACHED';

export const SLA_SWEEP_QUEUE = 'sla-sweep';
const BATCH = 100;

/** "now" for what is due: the database clock moved as the controllable clock is. */
const NOW_SQL = `(clock_timestamp() + make_interval(secs => $1))`;

/**
 * Fires the at-risk and breach moments of response clocks. Each batch claims its due rows with
 * FOR UPDATE SKIP LOCKED and marks them fired in the transaction that writes their SYSTEM
 * activity and notifications, so each moment fires exactly once, whichever process sweeps.
 * The sweep runs as a self-renewing job of the job queue (one pending at a time, any process
 * runs it) every SLA_SWEEP_SECONDS; due times live only in the database.
 */
@Injectable()
export class SlaSweepService implements OnApplicationBootstrap {
  constructor(
    private readonly writer: ActivityWriter,
    private readonly notifications: NotificationsService,
    private readonly people: PeopleService,
    private readonly reassigner: SlaBreachReassigner,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seconds = this.config.slaSweepSeconds;
    if (seconds <= 0) return;
    await this.jobs.repeat(SLA_SWEEP_QUEUE, seconds * 1000, async () => void (await this.sweep()), {
      failure: 'SLA sweep failed; the next one retries',
      retryDelaySeconds: 5,
      expireInSeconds: 60,
      pollingIntervalSeconds: Math.min(2, seconds),
    });
  }

  /** Fires everything due now; answers how many moments fired. */
  async sweep(): Promise<{ atRisk: number; breached: number }> {
    return { atRisk: await this.fireAll('AT_RISK'), breached: await this.fireAll('BREACHED') };
  }

  private async fireAll(event: SlaEvent): Promise<number> {
    let total = 0;
    for (;;) {
      const { claimed, fired } = await this.fireBatch(event);
      total += fired;
      // A full batch may have more behind it; one that failed in part waits for the next sweep.
      if (claimed < BATCH || fired < claimed) return total;
    }
  }

  /**
   * One batch in one transaction. Each clock fires under a savepoint: one that fails (say, an
   * escalation that cannot be applied) is logged and left due for the next sweep, and the rest of
   * the batch still fires.
   */
  private fireBatch(event: SlaEvent): Promise<{ claimed: number; fired: number }> {
    return this.writer.transaction(async (tx) => {
      const due = await this.claim(tx, event);
      let fired = 0;
      for (const clock of due) {
        await tx.query('SAVEPOINT sla_fire');
        try {
          await this.fire(tx, event, clock);
          await tx.query('RELEASE SAVEPOINT sla_fire');
          fired++;
        } catch (err) {
          await tx.query('ROLLBACK TO SAVEPOINT sla_fire');
          await tx.query(
            `UPDATE case_sla_clocks SET ${event === 'AT_RISK' ? 'at_risk_fired_at = NULL' : 'breached_fired_at = NULL, at_risk_fired_at = $2'} WHERE id = $1`,
            event === 'AT_RISK' ? [clock.id] : [clock.id, clock.previous_at_risk_fired_at],
          );
          this.logger.warn({ err, clockId: clock.id, caseId: clock.case_id, event }, 'SLA moment could not fire; it stays due');
        }
      }
      return { claimed: due.length, fired };
    });
  }

  /**
   * Claims due clocks and marks them fired. Their cases are locked too (skipped while someone
   * writes one, so a case update and a sweep never wait on each other in opposite order).
   * An at-risk moment already overtaken by the breach is
   * not announced on its own: the breach covers it.
   */
  private claim(tx: EntityManager, event: SlaEvent): Promise<DueClock[]> {
    const condition =
      event === 'AT_RISK'
        ? `k.at_risk_fired_at IS NULL AND k.at_risk_at <= ${NOW_SQL} AND k.due_at > ${NOW_SQL}`
        : `k.breached_fired_at IS NULL AND k.due_at <= ${NOW_SQL}`;
    const mark =
      event === 'AT_RISK'
        ? `at_risk_fired_at = ${NOW_SQL}`
        : `breached_fired_at = ${NOW_SQL}, at_risk_fired_at = coalesce(at_risk_fired_at, ${NOW_SQL})`;
    return tx.query(
      `WITH due AS (
         SELECT k.id, k.at_risk_fired_at AS previous_at_risk_fired_at FROM case_sla_clocks k JOIN cases c ON c.id = k.case_id
         WHERE k.stopped_at IS NULL AND k.paused_at IS NULL AND ${condition}
         ORDER BY ${event === 'AT_RISK' ? 'k.at_risk_at' : 'k.due_at'}
         LIMIT ${BATCH} FOR UPDATE OF k, c SKIP LOCKED
       ), fired AS (
         UPDATE case_sla_clocks k SET ${mark} FROM due WHERE k.id = due.id
         RETURNING k.id, k.case_id, k.kind, k.target_minutes, k.calendar_team_id, due.previous_at_risk_fired_at
       )
       SELECT f.*, c.account_id, c.subject, c.owner_id, c.owning_team_id, c.priority
       FROM fired f JOIN cases c ON c.id = f.case_id`,
      [this.clock.offsetSeconds()],
    );
  }

  /**
   * The SYSTEM activity and notifications of one moment. On a breach with an escalation, the
   * notifications go to those who had the case, then it moves (the activity says where).
   */
  private async fire(tx: EntityManager, event: SlaEvent, clock: DueClock): Promise<void> {
    const escalation = event === 'BREACHED' ? await this.reassigner.escalationFor(tx, clock.priority) : null;
    const activity = await this.writer.append(tx, {
      kind: ActivityKind.SYSTEM,
      actorId: null,
      subjectId: clock.case_id,
      relatedSubjectIds: [clock.account_id],
      body: describe(event, clock) + (escalation ? ` Handed to ${escalation.teamName}.` : ''),
    });
    const recipients = event === 'AT_RISK' ? [clock.owner_id] : [clock.owner_id, ...(await this.teamAndLead(clock.owning_team_id))];
    await this.notifications.add(tx, {
      kind: event === 'AT_RISK' ? 'SLA_AT_RISK' : 'SLA_BREACHED',
      recipientIds: recipients,
      actorId: null,
      activityId: activity.id,
      subjectId: clock.case_id,
    });
    if (escalation) await this.reassigner.apply(tx, clock.case_id, escalation);
  }

  private async teamAndLead(teamId: string | null): Promise<string[]> {
    if (!teamId) return [];
    const [team, members] = await Promise.all([this.people.findTeamById(teamId), this.people.membersOf([teamId])]);
    return [...(team?.leadId ? [team.leadId] : []), ...(members.get(teamId) ?? []).map((m) => m.id)];
  }
}

const KIND_TEXT: Record<SlaClockKind, string> = { FIRST_RESPONSE: 'first response', NEXT_RESPONSE: 'next response' };

function describe(event: SlaEvent, clock: DueClock): string {
  const what = KIND_TEXT[clock.kind];
  const hours = clock.calendar_team_id ? ' of business hours' : '';
  if (event === 'AT_RISK') {
    return `SLA at risk: the ${what} on "${clock.subject}" is due in ${duration(clock.target_minutes * (1 - AT_RISK_SHARE))}${hours}.`;
  }
  return `SLA breached: no ${what} on "${clock.subject}" within ${duration(clock.target_minutes)}${hours}.`;
}

/** 15 min, 1 h, 1 h 30 min, 24 h. */
export function duration(minutes: number): string {
  const whole = Math.round(minutes);
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
