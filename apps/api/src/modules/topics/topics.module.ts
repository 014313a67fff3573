import { Module } from '@nestjs/common';
import { TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';

@Module({
  providers: [TopicsService, TopicsResolver],
  exports: [TopicsService],
})
export class TopicsModule {}
