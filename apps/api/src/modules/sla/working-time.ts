import { DateTime, IANAZone } from 'luxon';

/**
 * A team's business hours: one working window a day on its working days, in its own time zone,
 * except on its holidays. Local wall-clock times; luxon maps them to instants across DST changes.
 */
export interface WorkingCalendar {
  /** IANA name, say `Europe/Berlin`. */
  timeZone: string;
  /** ISO weekdays: 1 is Monday, 7 is Sunday. */
  workingDays: readonly number[];
  /** Minutes after local midnight when work starts (0–1439). */
  startMinute: number;
  /** Minutes after local midnight when work ends, exclusive (1–1440, after `startMinute`). */
  endMinute: number;
  /** Local dates off (`YYYY-MM-DD`). */
  holidays: readonly string[];
}

const MINUTE_MS = 60_000;
/** Ten years of days: a calendar that finds no working time in that span is broken, not slow. */
const MAX_DAYS = 3660;

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The instant `minutes` of working time after `start` (with no calendar, every minute counts). */
export function addWorkingMinutes(start: Date, minutes: number, calendar: WorkingCalendar | null): Date {
  return addWorkingMs(start, minutes * MINUTE_MS, calendar);
}

/** Working minutes from `from` to `to` (0 when `to` is not later), fractions included. */
export function workingMinutesBetween(from: Date, to: Date, calendar: WorkingCalendar | null): number {
  return workingMsBetween(from, to, calendar) / MINUTE_MS;
}

export function addWorkingMs(start: Date, ms: number, calendar: WorkingCalendar | null): Date {
  if (ms < 0) throw new RangeError('working time to add must not be negative');
  if (!calendar) return new Date(start.getTime() + ms);
  let left = ms;
  let cursor = start.getTime();
  for (const [open, close] of windowsFrom(start, calendar)) {
    const from = Math.max(open, cursor);
    if (from >= close) continue;
    // At the exact end of a window the answer is that end, not the next window's start.
    if (close - from >= left) return new Date(from + left);
    left -= close - from;
    cursor = close;
  }
  throw new RangeError(`the calendar has no working time within ${MAX_DAYS} days`);
}

export function workingMsBetween(from: Date, to: Date, calendar: WorkingCalendar | null): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  if (!calendar) return end - start;
  let total = 0;
  for (const [open, close] of windowsFrom(from, calendar)) {
    if (open >= end) break;
    total += Math.max(0, Math.min(close, end) - Math.max(open, start));
  }
  return total;
}

/** The working windows [open, close) in epoch ms, day by day from the local day of `start`. */
function* windowsFrom(start: Date, calendar: WorkingCalendar): Generator<[number, number]> {
  const holidays = new Set(calendar.holidays);
  const days = new Set(calendar.workingDays);
  let day = DateTime.fromJSDate(start, { zone: calendar.timeZone }).startOf('day');
  for (let i = 0; i < MAX_DAYS; i++, day = day.plus({ days: 1 }).startOf('day')) {
    if (!days.has(day.weekday) || holidays.has(day.toISODate() ?? '')) continue;
    yield [atLocalMinute(day, calendar.startMinute), atLocalMinute(day, calendar.endMinute)];
  }
}

/** The instant of a wall-clock minute on a local day; a time skipped by DST moves forward. */
function atLocalMinute(day: DateTime, minute: number): number {
  if (minute >= 1440) return day.plus({ days: 1 }).startOf('day').toMillis();
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 }).toMillis();
}
