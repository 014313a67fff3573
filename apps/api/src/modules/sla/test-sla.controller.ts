import { BadRequestException, Body, Controller, HttpCode, Post } from '@nestjs/common';
import { subjectKindOf } from '../../common/ids';
import { Public } from '../../common/request-identity';
import { Clock } from '../clock/clock.service';
import { ActivityWriter } from '../feed/activity-writer.service';
import { SlaSweepService } from './sla-sweep.service';
import { SlaService } from './sla.service';

/**
 * Test runs only (TEST_CLOCK=on, which config refuses in production): run the sweep now, and let a
 * customer message reach a case without a social connector.
 */
@Controller('api/test/sla')
export class TestSlaController {
  constructor(
    private readonly sweeper: SlaSweepService,
    private readonly sla: SlaService,
    private readonly writer: ActivityWriter,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Post('sweep')
  @HttpCode(200)
  sweep(): Promise<{ atRisk: number; breached: number }> {
    return this.sweeper.sweep();
  }

  @Public()
  @Post('customer-message')
  @HttpCode(200)
  async customerMessage(@Body() body: { caseId?: unknown }): Promise<{ ok: true }> {
    const caseId = body?.caseId;
    if (typeof caseId !== 'string' || subjectKindOf(caseId) !== 'CASE') {
      throw new BadRequestException({ message: 'caseId must be a case id', field: 'caseId' });
    }
    await this.writer.transaction((tx) => this.sla.customerMessage(tx, { caseId, at: this.clock.now() }));
    return { ok: true };
  }
}
