import { Module } from '@nestjs/common';
import { EmployeeResolver, TeamResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  providers: [PeopleService, EmployeeResolver, TeamResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
