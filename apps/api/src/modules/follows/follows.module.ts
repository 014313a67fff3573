import { Module } from '@nestjs/common';
import { FollowsResolver } from './follows.resolver';
import { FollowsService } from './follows.service';
import { SUBJECT_FIELD_RESOLVERS } from './subject-fields.resolver';

@Module({
  providers: [FollowsService, FollowsResolver, ...SUBJECT_FIELD_RESOLVERS],
  exports: [FollowsService],
})
export class FollowsModule {}
