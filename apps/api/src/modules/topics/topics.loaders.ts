import { Injectable } from '@nestjs/common';
import { grouped } from '../../common/graphql/request-loaders';
import { TopicsService } from './topics.service';

/** This module's per-request loaders (common/graphql/request-loaders.ts): `ctx.loaders.of(X).name.load(key)`. */
@Injectable()
export class TopicsLoaders {
  constructor(private readonly topics: TopicsService) {}

  create(viewer: () => string) {
    return {
      topicsOfActivity: grouped((ids) => this.topics.ofActivities(viewer(), ids)),
    };
  }
}
