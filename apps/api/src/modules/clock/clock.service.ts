import { Injectable } from '@nestjs/common';

/**
 * The time that windows and timers are measured against. In production it is the real clock; a
 * test run (TEST_CLOCK=on, refused in production) may move it forward, so a test of a 2-minute
 * window takes no real time. SQL that compares with the database clock adds `offsetSeconds()`.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** How far this clock is ahead of the real one, for `clock_timestamp() + make_interval(secs => $n)`. */
  offsetSeconds(): number {
    return this.offsetMs / 1000;
  }

  advance(ms: number): Date {
    this.offsetMs += ms;
    return this.now();
  }

  /** Back to the real time. */
  reset(): Date {
    this.offsetMs = 0;
    return this.now();
  }
}
