import { Module } from '@nestjs/common';
import { MentionCandidatesResolver } from './mention-candidates.resolver';
import { MentionCandidatesService } from './mention-candidates.service';
import { EmployeeResolver, TeamResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  providers: [PeopleService, EmployeeResolver, TeamResolver, MentionCandidatesService, MentionCandidatesResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
