import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { SubjectRefValue, SubjectsService } from './subjects.service';

/** This module's per-request loaders (common/graphql/request-loaders.ts): `ctx.loaders.of(X).name.load(key)`. */
@Injectable()
export class AccessLoaders {
  constructor(private readonly subjects: SubjectsService) {}

  create(viewer: () => string) {
    return {
      /** A subject's kind and name, for those the viewer may open. */
      subject: new DataLoader<string, SubjectRefValue | null>(async (ids) => {
        const described = await this.subjects.describe(ids, viewer());
        return ids.map((id) => described.get(id) ?? null);
      }),
    };
  }
}
