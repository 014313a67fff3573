import { BadRequestException, Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Public } from '../../common/request-identity';
import { Clock } from './clock.service';

/** Moves the clock forward in test runs only (TEST_CLOCK=on; config refuses it in production). */
@Controller('api/test/clock')
export class TestClockController {
  constructor(private readonly clock: Clock) {}

  @Public()
  @Post('advance')
  @HttpCode(200)
  advance(@Body() body: { ms?: unknown }): { now: string } {
    const ms = body?.ms;
    if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > 366 * 24 * 3600 * 1000) {
      throw new BadRequestException({ message: 'ms must be a whole number of milliseconds from 0 to one year', field: 'ms' });
    }
    return { now: this.clock.advance(ms).toISOString() };
  }

  @Public()
  @Post('reset')
  @HttpCode(200)
  reset(): { now: string } {
    return { now: this.clock.reset().toISOString() };
  }
}
