import { Module } from '@nestjs/common';
import { FollowsLoaders } from './follows.loaders';
import { FollowsResolver } from './follows.resolver';
import { FollowsService } from './follows.service';
import { SUBJECT_FIELD_RESOLVERS } from './subject-fields.resolver';

@Module({
  providers: [FollowsLoaders, FollowsService, FollowsResolver, ...SUBJECT_FIELD_RESOLVERS],
  exports: [FollowsService],
})
export class FollowsModule {}
