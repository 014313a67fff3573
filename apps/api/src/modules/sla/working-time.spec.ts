import { WorkingCalendar, addWorkingMinutes, isValidTimeZone, workingMinutesBetween } from './working-time';

const BERLIN_OFFICE: WorkingCalendar = {
  timeZone: 'Europe/Berlin',
  workingDays: [1, 2, 3, 4, 5],
  startMinute: 9 * 60,
  endMinute: 17 * 60,
  holidays: ['2026-12-25'],
};
const BERLIN_ALWAYS: WorkingCalendar = { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5, 6, 7], startMinute: 0, endMinute: 1440, holidays: [] };

const at = (iso: string) => new Date(iso);

describe('working time', () => {
  it('adds plain minutes without a calendar', () => {
    expect(addWorkingMinutes(at('2026-12-05T22:00:00Z'), 90, null).toISOString()).toBe('2026-12-05T23:30:00.000Z');
    expect(workingMinutesBetween(at('2026-12-05T22:00:00Z'), at('2026-12-06T00:00:00Z'), null)).toBe(120);
  });

  it('counts within one working day', () => {
    // Tuesday 10:00 in Berlin (UTC+1 in December).
    expect(addWorkingMinutes(at('2026-12-08T09:00:00Z'), 60, BERLIN_OFFICE).toISOString()).toBe('2026-12-08T10:00:00.000Z');
  });

  it('carries over the night into the next working morning', () => {
    // Tuesday 16:00 + 2 h: one hour on Tuesday, one from Wednesday 09:00.
    expect(addWorkingMinutes(at('2026-12-08T15:00:00Z'), 120, BERLIN_OFFICE).toISOString()).toBe('2026-12-09T09:00:00.000Z');
  });

  it('moves a Friday-evening start to Monday', () => {
    // Friday 18:30 Berlin + 4 working hours = Monday 13:00 Berlin.
    const due = addWorkingMinutes(at('2026-12-04T17:30:00Z'), 240, BERLIN_OFFICE);
    expect(due.toISOString()).toBe('2026-12-07T12:00:00.000Z');
    expect(workingMinutesBetween(at('2026-12-04T17:30:00Z'), due, BERLIN_OFFICE)).toBe(240);
  });

  it('counts nothing over a weekend', () => {
    // Friday 16:00 → Monday 10:00: the last hour of Friday and the first of Monday.
    expect(workingMinutesBetween(at('2026-12-04T15:00:00Z'), at('2026-12-07T09:00:00Z'), BERLIN_OFFICE)).toBe(120);
    expect(workingMinutesBetween(at('2026-12-05T08:00:00Z'), at('2026-12-06T20:00:00Z'), BERLIN_OFFICE)).toBe(0);
  });

  it('skips holidays', () => {
    // Thursday 24 December 16:00 + 2 h: Friday the 25th is off, so Monday the 28th at 10:00.
    expect(addWorkingMinutes(at('2026-12-24T15:00:00Z'), 120, BERLIN_OFFICE).toISOString()).toBe('2026-12-28T09:00:00.000Z');
    expect(workingMinutesBetween(at('2026-12-24T00:00:00Z'), at('2026-12-28T00:00:00Z'), BERLIN_OFFICE)).toBe(8 * 60);
  });

  it('starts from the opening when the start is before it, and from the next day at the close', () => {
    expect(addWorkingMinutes(at('2026-12-08T05:00:00Z'), 30, BERLIN_OFFICE).toISOString()).toBe('2026-12-08T08:30:00.000Z');
    expect(addWorkingMinutes(at('2026-12-08T16:00:00Z'), 30, BERLIN_OFFICE).toISOString()).toBe('2026-12-09T08:30:00.000Z');
  });

  it('keeps office hours in local time across the end of summer time', () => {
    // Friday 23 October 16:00 CEST (UTC+2) + 2 h → Monday 26 October 10:00 CET (UTC+1).
    expect(addWorkingMinutes(at('2026-10-23T14:00:00Z'), 120, BERLIN_OFFICE).toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('counts the real length of a day that gains or loses an hour', () => {
    // 25 October 2026 has 25 hours in Berlin, 29 March 2026 has 23.
    expect(workingMinutesBetween(at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'), BERLIN_ALWAYS)).toBe(25 * 60);
    expect(workingMinutesBetween(at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'), BERLIN_ALWAYS)).toBe(23 * 60);
    expect(addWorkingMinutes(at('2026-10-24T10:00:00Z'), 24 * 60, BERLIN_ALWAYS).toISOString()).toBe('2026-10-25T10:00:00.000Z');
  });

  it('is the inverse of adding, for starts inside and outside working hours', () => {
    const starts = ['2026-12-04T17:30:00Z', '2026-12-08T07:59:00Z', '2026-12-24T15:45:00Z', '2026-10-23T14:00:00Z', '2026-12-06T12:00:00Z'];
    for (const start of starts) {
      for (const minutes of [1, 45, 480, 481, 2000]) {
        const due = addWorkingMinutes(at(start), minutes, BERLIN_OFFICE);
        expect(workingMinutesBetween(at(start), due, BERLIN_OFFICE)).toBeCloseTo(minutes, 6);
      }
    }
  });

  it('answers 0 for an empty or reversed span and refuses negative time', () => {
    expect(workingMinutesBetween(at('2026-12-08T12:00:00Z'), at('2026-12-08T10:00:00Z'), BERLIN_OFFICE)).toBe(0);
    expect(() => addWorkingMinutes(at('2026-12-08T12:00:00Z'), -1, BERLIN_OFFICE)).toThrow(RangeError);
  });

  it('uses other time zones too', () => {
    const newYork: WorkingCalendar = { ...BERLIN_OFFICE, timeZone: 'America/New_York', holidays: [] };
    // Friday 17:30 in New York (UTC−5) + 1 h → Monday 10:00 in New York.
    expect(addWorkingMinutes(at('2026-12-04T22:30:00Z'), 60, newYork).toISOString()).toBe('2026-12-07T15:00:00.000Z');
  });

  it('tells IANA zones from other names', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
