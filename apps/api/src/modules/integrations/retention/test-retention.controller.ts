import { Controller, HttpCode, Post } from '@nestjs/common';
import { Public } from '../../../common/request-identity';
import { IntegrationsRetention, RetentionResult } from './integrations-retention.service';

/** Test runs only (TEST_CLOCK=on, which config refuses in production): run retention now, as of the test clock. */
@Controller('api/test/integrations')
export class TestRetentionController {
  constructor(private readonly retention: IntegrationsRetention) {}

  @Public()
  @Post('retention')
  @HttpCode(200)
  run(): Promise<RetentionResult> {
    return this.retention.run();
  }
}
