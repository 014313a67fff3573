import { Injectable } from '@nestjs/common';
import { counted, flagged } from '../../common/graphql/request-loaders';
import { FollowsService } from './follows.service';

/** This module's per-request loaders (common/graphql/request-loaders.ts): `ctx.loaders.of(X).name.load(key)`. */
@Injectable()
export class FollowsLoaders {
  constructor(private readonly follows: FollowsService) {}

  create(viewer: () => string) {
    return {
      followersCount: counted((ids) => this.follows.followersCount(viewer(), ids)),
      followedByMe: flagged((ids) => this.follows.followedBy(viewer(), ids)),
    };
  }
}
