import { Injectable } from '@nestjs/common';
import { byId, grouped } from '../../common/graphql/request-loaders';
import { PeopleService } from './people.service';

/** This module's per-request loaders (common/graphql/request-loaders.ts): `ctx.loaders.of(X).name.load(key)`. */
@Injectable()
export class PeopleLoaders {
  constructor(private readonly people: PeopleService) {}

  create() {
    return {
      employee: byId((ids) => this.people.findByIds(ids)),
      teamsOfEmployee: grouped((ids) => this.people.teamsOf(ids)),
      membersOfTeam: grouped((ids) => this.people.membersOf(ids)),
    };
  }
}
