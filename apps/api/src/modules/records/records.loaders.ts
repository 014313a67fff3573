import { Injectable } from '@nestjs/common';
import { byId, grouped } from '../../common/graphql/request-loaders';
import { Account } from './entities/account.entity';
import { Case } from './entities/case.entity';
import { Deal } from './entities/deal.entity';
import { Document } from './entities/document.entity';
import { RecordsService } from './records.service';

/** This module's per-request loaders (common/graphql/request-loaders.ts): `ctx.loaders.of(X).name.load(key)`. */
@Injectable()
export class RecordsLoaders {
  constructor(private readonly records: RecordsService) {}

  create(viewer: () => string) {
    return {
      account: byId((ids) => this.records.visibleByIds(viewer(), Account, ids)),
      deal: byId((ids) => this.records.visibleByIds(viewer(), Deal, ids)),
      dealsOfAccount: grouped((ids) => this.records.childrenOf(viewer(), Deal, ids)),
      casesOfAccount: grouped((ids) => this.records.childrenOf(viewer(), Case, ids)),
      documentsOfAccount: grouped((ids) => this.records.childrenOf(viewer(), Document, ids)),
    };
  }
}
