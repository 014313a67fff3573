import { Module } from '@nestjs/common';
import { PeopleLoaders } from './people.loaders';
import { MentionCandidatesResolver } from './mention-candidates.resolver';
import { MentionCandidatesService } from './mention-candidates.service';
import { EmployeeResolver, TeamResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  providers: [PeopleService, PeopleLoaders, EmployeeResolver, TeamResolver, MentionCandidatesService, MentionCandidatesResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
