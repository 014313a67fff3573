import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CasePriority, CaseStatus } from '../../common/graphql/enums';
import { newId } from '../../common/ids';
import { Clock } from '../clock/clock.service';
import { SlaSettingsService } from './sla-settings.service';
import { AT_RISK_SHARE, SlaClockKind, SlaStatus } from './sla.types';
import { addWorkingMinutes, addWorkingMs, workingMinutesBetween, workingMsBetween } from './working-time';

/** The case fields a clock needs (read in the caller's transaction). */
export interface CaseForSla {
  id: string;
  accountId: string;
  subject: string;
  status: CaseStatus;
  priority: CasePriority;
  ownerId: string;
  owningTeamId: string | null;
}

interface ClockRow {
  id: string;
  case_id: string;
  kind: SlaClockKind;
  target_minutes: number;
  calendar_team_id: string | null;
  started_at: Date;
  due_at: Date;
  at_risk_at: Date;
  paused_at: Date | null;
  paused_minutes: number;
  stopped_at: Date | null;
  met: boolean | null;
  at_risk_fired_at: Date | null;
  breached_fired_at: Date | null;
}

export interface CaseSlaState {
  status: SlaStatus;
  /** The running, unpaused clock's due time. */
  responseDueAt: Date | null;
}

export const PAUSED_STATUSES: readonly CaseStatus[] = [CaseStatus.PENDING_CUSTOMER];
export const CLOSED_STATUSES: readonly CaseStatus[] = [CaseStatus.RESOLVED, CaseStatus.CLOSED];

/**
 * The response clocks of cases (`case_sla_clocks`): start, stop, pause and resume, each inside
 * the caller's transaction. Due and at-risk moments are computed here in working time and stored,
 * so the sweep only compares them with the clock.
 */
@Injectable()
export class SlaClocksService {
  constructor(
    private readonly db: DataSource,
    private readonly settings: SlaSettingsService,
    private readonly clock: Clock,
  ) {}

  async caseForSla(tx: EntityManager, caseId: string): Promise<CaseForSla | null> {
    const rows: CaseForSla[] = await tx.query(
      `SELECT id, account_id AS "accountId", subject, status, priority, owner_id AS "ownerId", owning_team_id AS "owningTeamId"
       FROM cases WHERE id = $1`,
      [caseId],
    );
    return rows[0] ?? null;
  }

  /**
   * Starts a clock of `kind` at `at`, unless the case already has a running one (or, for a first
   * response, had one): a unique index makes a parallel start a no-op too. Answers whether it started.
   * A case waiting on the customer starts it paused.
   */
  async start(tx: EntityManager, c: CaseForSla, kind: SlaClockKind, at: Date): Promise<boolean> {
    const policy = await this.settings.policyFor(tx, c.priority);
    const target = kind === 'FIRST_RESPONSE' ? policy.firstResponseMinutes : policy.nextResponseMinutes;
    const calendar = await this.settings.workingCalendarOf(tx, c.owningTeamId);
    const dueAt = addWorkingMinutes(at, target, calendar);
    const atRiskAt = addWorkingMinutes(at, target * AT_RISK_SHARE, calendar);
    const pausedAt = PAUSED_STATUSES.includes(c.status) ? at : null;
    const rows: Array<{ id: string }> = await tx.query(
      `INSERT INTO case_sla_clocks (id, case_id, kind, target_minutes, calendar_team_id, started_at, due_at, at_risk_at, paused_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT DO NOTHING RETURNING id`,
      [newId(), c.id, kind, target, calendar ? c.owningTeamId : null, at, dueAt, atRiskAt, pausedAt],
    );
    return rows.length > 0;
  }

  async hasFirstResponseClock(tx: EntityManager, caseId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM case_sla_clocks WHERE case_id = $1 AND kind = 'FIRST_RESPONSE'`, [caseId]);
    return rows.length > 0;
  }

  /** Stops the running clock (of one of `kinds`) at `at`: met when no breach came first. */
  async stopRunning(tx: EntityManager, caseId: string, at: Date, stoppedBy: string | null, kinds?: readonly SlaClockKind[]): Promise<void> {
    const running = await this.lockRunning(tx, caseId);
    if (!running || (kinds && !kinds.includes(running.kind))) return;
    const calendar = await this.settings.workingCalendarOf(tx, running.calendar_team_id);
    // A paused clock stopped where it paused; the pause itself never counts.
    const end = new Date(Math.max(running.started_at.getTime(), (running.paused_at ?? at).getTime()));
    const met = running.breached_fired_at === null && end.getTime() <= running.due_at.getTime();
    const responseMinutes = Math.max(0, Math.round(workingMinutesBetween(running.started_at, end, calendar)) - running.paused_minutes);
    await tx.query(
      `UPDATE case_sla_clocks SET stopped_at = $2, met = $3, response_minutes = $4, stopped_by = $5 WHERE id = $1`,
      [running.id, at, met, responseMinutes, stoppedBy],
    );
  }

  /** The case started waiting on the customer: its running clock holds still. */
  async pause(tx: EntityManager, caseId: string, at: Date): Promise<void> {
    const running = await this.lockRunning(tx, caseId);
    if (!running || running.paused_at) return;
    await tx.query(`UPDATE case_sla_clocks SET paused_at = $2 WHERE id = $1`, [running.id, at]);
  }

  /**
   * The customer answered (the case left pending): the clock goes on with the working time it had
   * left, so its due and at-risk moments move by the pause.
   */
  async resume(tx: EntityManager, caseId: string, at: Date): Promise<void> {
    const running = await this.lockRunning(tx, caseId);
    if (!running?.paused_at) return;
    const calendar = await this.settings.workingCalendarOf(tx, running.calendar_team_id);
    const pausedAt = running.paused_at;
    const resumeAt = new Date(Math.max(at.getTime(), pausedAt.getTime()));
    const dueAt = addWorkingMs(resumeAt, workingMsBetween(pausedAt, running.due_at, calendar), calendar);
    const atRiskAt = addWorkingMs(resumeAt, workingMsBetween(pausedAt, running.at_risk_at, calendar), calendar);
    const pausedMinutes = running.paused_minutes + Math.round(workingMinutesBetween(pausedAt, resumeAt, calendar));
    await tx.query(
      `UPDATE case_sla_clocks SET paused_at = NULL, due_at = $2, at_risk_at = $3, paused_minutes = $4 WHERE id = $1`,
      [running.id, dueAt, atRiskAt, pausedMinutes],
    );
  }

  /** Each case's state against its latest clock, in one statement; cases without any are left out. */
  async statesOf(caseIds: readonly string[]): Promise<Map<string, CaseSlaState>> {
    const rows: ClockRow[] = await this.db.query(
      `SELECT DISTINCT ON (case_id) * FROM case_sla_clocks WHERE case_id = ANY($1)
       ORDER BY case_id, started_at DESC, id DESC`,
      [[...caseIds]],
    );
    const now = this.clock.now().getTime();
    return new Map(rows.map((row) => [row.case_id, stateOf(row, now)]));
  }

  private async lockRunning(tx: EntityManager, caseId: string): Promise<ClockRow | null> {
    const rows: ClockRow[] = await tx.query(`SELECT * FROM case_sla_clocks WHERE case_id = $1 AND stopped_at IS NULL FOR UPDATE`, [caseId]);
    return rows[0] ?? null;
  }
}

/** A stopped clock was met or missed; a running one is compared with now (a paused one with its pause). */
export function stateOf(
  row: Pick<ClockRow, 'due_at' | 'at_risk_at' | 'paused_at' | 'stopped_at' | 'met' | 'breached_fired_at'>,
  now: number,
): CaseSlaState {
  if (row.stopped_at) return { status: row.met ? SlaStatus.MET : SlaStatus.BREACHED, responseDueAt: null };
  const at = row.paused_at?.getTime() ?? now;
  const responseDueAt = row.paused_at ? null : row.due_at;
  if (row.breached_fired_at || at >= row.due_at.getTime()) return { status: SlaStatus.BREACHED, responseDueAt };
  if (at >= row.at_risk_at.getTime()) return { status: SlaStatus.AT_RISK, responseDueAt };
  return { status: SlaStatus.ON_TRACK, responseDueAt };
}
