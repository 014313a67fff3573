import { Module } from '@nestjs/common';
import { TopicsLoaders } from './topics.loaders';
import { TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';

@Module({
  providers: [TopicsLoaders, TopicsService, TopicsResolver],
  exports: [TopicsService],
})
export class TopicsModule {}
