import { Injectable } from '@nestjs/common';
import { mapped } from '../../common/graphql/request-loaders';
import { InfluenceService } from './influence.service';

/** This module's per-request loaders (common/graphql/request-loaders.ts): `ctx.loaders.of(X).name.load(key)`. */
@Injectable()
export class InsightsLoaders {
  constructor(private readonly influence: InfluenceService) {}

  create(viewer: () => string) {
    return {
      influence: mapped((ids) => this.influence.of(viewer(), ids), () => this.influence.none()),
    };
  }
}
