import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { AuthedRequest } from '../common/request-identity';
import { RequestLoaders } from '../common/graphql/request-loaders';

export interface GqlContext {
  req: AuthedRequest;
  /** Per-request batch loaders, registered by each module (`ctx.loaders.of(PeopleLoaders).employee`). */
  loaders: RequestLoaders;
}

/** Builds each request's loaders from the modules' loader sources, found by type in any module. */
@Injectable()
export class LoadersFactory {
  constructor(private readonly modules: ModuleRef) {}

  create(req: AuthedRequest): RequestLoaders {
    return new RequestLoaders((type) => this.modules.get(type, { strict: false }), () => req.employee?.id ?? '');
  }
}
