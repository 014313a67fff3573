import { Module } from '@nestjs/common';
import { InsightsLoaders } from './insights.loaders';
import { InfluenceResolver } from './influence.resolver';
import { InfluenceService } from './influence.service';

@Module({
  providers: [InsightsLoaders, InfluenceService, InfluenceResolver],
  exports: [InfluenceService],
})
export class InsightsModule {}
