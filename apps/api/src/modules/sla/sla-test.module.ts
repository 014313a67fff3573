import { Module } from '@nestjs/common';
import { FeedModule } from '../feed/feed.module';
import { SlaModule } from './sla.module';
import { TestSlaController } from './test-sla.controller';

/** The SLA's test endpoints (sweep now, a customer message): imported only when TEST_CLOCK=on. */
@Module({
  imports: [SlaModule, FeedModule],
  controllers: [TestSlaController],
})
export class SlaTestModule {}
