import { Module } from '@nestjs/common';
import { IntegrationsModule } from './integrations.module';
import { TestRetentionController } from './retention/test-retention.controller';

/** The integrations' test endpoints (retention now): imported only when TEST_CLOCK=on. */
@Module({
  imports: [IntegrationsModule],
  controllers: [TestRetentionController],
})
export class IntegrationsTestModule {}
