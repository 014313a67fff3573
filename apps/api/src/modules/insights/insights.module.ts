import { Module } from '@nestjs/common';
import { InfluenceResolver } from './influence.resolver';
import { InfluenceService } from './influence.service';

@Module({
  providers: [InfluenceService, InfluenceResolver],
  exports: [InfluenceService],
})
export class InsightsModule {}
