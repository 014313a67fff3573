import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { CasePriority } from '../../common/graphql/enums';
import { PeopleService } from '../people/people.service';
import { BusinessCalendar, BusinessCalendarInput, SlaPolicy, SlaPolicyInput } from './sla.types';
import { WorkingCalendar, isValidTimeZone } from './working-time';

interface PolicyRow {
  priority: CasePriority;
  first_response_minutes: number;
  next_response_minutes: number;
  on_breach_reassign_to_team_id: string | null;
  updated_at: Date;
}

interface CalendarRow {
  team_id: string;
  time_zone: string;
  working_days: number[];
  start_minute: number;
  end_minute: number;
  holidays: string[];
  updated_at: Date;
}

/** A year of minutes: the longest response time a policy may set. */
const MAX_MINUTES = 525_600;
const HH_MM = /^([01]\d|2[0-4]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CALENDAR_COLUMNS = `team_id, time_zone, working_days, start_minute, end_minute,
  ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(holidays) AS d ORDER BY d) AS holidays, updated_at`;

/** The SLA's settings: a policy per priority and optional business-hours calendars per team. */
@Injectable()
export class SlaSettingsService {
  constructor(
    private readonly db: DataSource,
    private readonly people: PeopleService,
  ) {}

  async policies(): Promise<SlaPolicy[]> {
    const rows: PolicyRow[] = await this.db.query(
      `SELECT * FROM sla_policies ORDER BY array_position(ARRAY['URGENT', 'HIGH', 'MEDIUM', 'LOW'], priority)`,
    );
    return rows.map(presentPolicy);
  }

  async policyFor(tx: EntityManager, priority: CasePriority): Promise<SlaPolicy> {
    const rows: PolicyRow[] = await tx.query(`SELECT * FROM sla_policies WHERE priority = $1`, [priority]);
    if (!rows[0]) throw new Error(`no SLA policy for priority ${priority}`);
    return presentPolicy(rows[0]);
  }

  async updatePolicy(priority: CasePriority, input: SlaPolicyInput): Promise<SlaPolicy> {
    assertMinutes('firstResponseMinutes', input.firstResponseMinutes);
    assertMinutes('nextResponseMinutes', input.nextResponseMinutes);
    const teamId = input.onBreachReassignToTeamId ?? null;
    if (teamId !== null && !(await this.people.findTeamById(teamId))) {
      throw AppError.badInput('onBreachReassignToTeamId', `no team has the id "${teamId}"`);
    }
    const rows: PolicyRow[] = await this.db.query(
      // A SELECT around the UPDATE: TypeORM answers a bare UPDATE with [rows, count].
      `WITH changed AS (
         UPDATE sla_policies SET first_response_minutes = $2, next_response_minutes = $3, on_breach_reassign_to_team_id = $4, updated_at = now()
         WHERE priority = $1 RETURNING *
       ) SELECT * FROM changed`,
      [priority, input.firstResponseMinutes, input.nextResponseMinutes, teamId],
    );
    return presentPolicy(rows[0]);
  }

  async calendars(): Promise<BusinessCalendar[]> {
    const rows: CalendarRow[] = await this.db.query(`SELECT ${CALENDAR_COLUMNS} FROM business_calendars ORDER BY team_id`);
    return rows.map(presentCalendar);
  }

  /** The team's working calendar for clock arithmetic, or null (every minute counts). */
  async workingCalendarOf(tx: EntityManager, teamId: string | null): Promise<WorkingCalendar | null> {
    if (!teamId) return null;
    const rows: CalendarRow[] = await tx.query(`SELECT ${CALENDAR_COLUMNS} FROM business_calendars WHERE team_id = $1`, [teamId]);
    return rows[0] ? toWorkingCalendar(rows[0]) : null;
  }

  async setCalendar(teamId: string, input: BusinessCalendarInput): Promise<BusinessCalendar> {
    if (!(await this.people.findTeamById(teamId))) throw AppError.badInput('teamId', `no team has the id "${teamId}"`);
    const calendar = parseCalendarInput(input);
    const rows: CalendarRow[] = await this.db.query(
      `INSERT INTO business_calendars (team_id, time_zone, working_days, start_minute, end_minute, holidays, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::date[], now())
       ON CONFLICT (team_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, working_days = EXCLUDED.working_days,
         start_minute = EXCLUDED.start_minute, end_minute = EXCLUDED.end_minute, holidays = EXCLUDED.holidays, updated_at = now()
       RETURNING ${CALENDAR_COLUMNS}`,
      [teamId, calendar.timeZone, calendar.workingDays, calendar.startMinute, calendar.endMinute, calendar.holidays],
    );
    return presentCalendar(rows[0]);
  }

  /** Answers whether there was one. */
  async removeCalendar(teamId: string): Promise<boolean> {
    const rows: Array<{ team_id: string }> = await this.db.query(
      `WITH gone AS (DELETE FROM business_calendars WHERE team_id = $1 RETURNING team_id) SELECT team_id FROM gone`,
      [teamId],
    );
    return rows.length > 0;
  }
}

function assertMinutes(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > MAX_MINUTES) {
    throw AppError.badInput(field, `must be a whole number of minutes from 1 to ${MAX_MINUTES}`);
  }
}

/** Checks a calendar as typed by an admin and turns it into minutes and dates. */
export function parseCalendarInput(input: BusinessCalendarInput): WorkingCalendar {
  if (!isValidTimeZone(input.timeZone)) throw AppError.badInput('timeZone', `"${input.timeZone}" is not an IANA time zone (say Europe/Berlin)`);
  const days = [...new Set(input.workingDays)].sort();
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw AppError.badInput('workingDays', 'list one or more ISO weekdays, 1 (Monday) to 7 (Sunday)');
  }
  const startMinute = minuteOf('opensAt', input.opensAt);
  const endMinute = minuteOf('closesAt', input.closesAt);
  if (startMinute >= 1440) throw AppError.badInput('opensAt', 'must be before 24:00');
  if (endMinute <= startMinute) throw AppError.badInput('closesAt', 'must be after opensAt (a working day within one date)');
  const holidays = [...new Set(input.holidays ?? [])].sort();
  for (const day of holidays) {
    if (!ISO_DATE.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
      throw AppError.badInput('holidays', `"${day}" is not a date like 2026-12-25`);
    }
  }
  return { timeZone: input.timeZone, workingDays: days, startMinute, endMinute, holidays };
}

function minuteOf(field: string, value: string): number {
  const match = HH_MM.exec(value);
  const minute = match ? Number(match[1]) * 60 + Number(match[2]) : -1;
  if (!match || minute > 1440) throw AppError.badInput(field, 'must be a time like 09:00 (00:00 to 24:00)');
  return minute;
}

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function presentPolicy(row: PolicyRow): SlaPolicy {
  return {
    priority: row.priority,
    firstResponseMinutes: row.first_response_minutes,
    nextResponseMinutes: row.next_response_minutes,
    onBreachReassignToTeamId: row.on_breach_reassign_to_team_id,
    updatedAt: row.updated_at,
  };
}

function toWorkingCalendar(row: CalendarRow): WorkingCalendar {
  return {
    timeZone: row.time_zone,
    workingDays: row.working_days,
    startMinute: row.start_minute,
    endMinute: row.end_minute,
    holidays: row.holidays,
  };
}

function presentCalendar(row: CalendarRow): BusinessCalendar {
  return {
    teamId: row.team_id,
    timeZone: row.time_zone,
    workingDays: row.working_days,
    opensAt: hhmm(row.start_minute),
    closesAt: hhmm(row.end_minute),
    holidays: row.holidays,
    updatedAt: row.updated_at,
  };
}
