import type { ACTIVITY_FIELDS } from 'src/modules/feed/graphql/feed.documents';
import { ANA, type DataOf } from 'src/test/render-with-providers';

export type ActivityFixture = DataOf<typeof ACTIVITY_FIELDS>;

export const ANA_REF = { __typename: 'Employee' as const, id: ANA.id, name: ANA.name, handle: ANA.handle };
export const BO_REF = { __typename: 'Employee' as const, id: 'emp_bo', name: 'Bo Chen', handle: 'bo' };
export const ACME_DEAL = { __typename: 'SubjectRef' as const, id: 'deal_acme', kind: 'DEAL' as const, name: 'Acme Renewal' };

/** A live, unremoved activity on the Acme deal by Bo, five minutes before 10:00 UTC. */
export function activityFixture(overrides: Partial<ActivityFixture> = {}): ActivityFixture {
  return {
    __typename: 'Activity',
    id: 'act_1',
    kind: 'POST',
    createdAt: '2026-12-01T09:55:00Z',
    subjectId: ACME_DEAL.id,
    subject: ACME_DEAL,
    actor: BO_REF,
    body: null,
    changes: null,
    commentCount: 0,
    comments: [],
    editedAt: null,
    deletedAt: null,
    updatedAt: null,
    reactions: [],
    isBookmarkedByMe: false,
    isMutedByMe: false,
    ...overrides,
  };
}
