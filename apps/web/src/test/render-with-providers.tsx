import type { ReactElement, ReactNode } from 'react';
import { Subject } from 'rxjs';
import { InMemoryCache, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { ME_QUERY } from 'src/modules/auth/graphql/auth.documents';
import { EMPLOYEES_QUERY } from 'src/modules/records/graphql/records.documents';
import { feedFieldPolicy } from 'src/modules/feed/utils/feed-field-policy';
import {
  RealtimeContext,
  type ConnectEvent,
  type RealtimeContextValue,
} from 'src/modules/realtime/hooks/realtime-context';
import type { FeedItemEvent } from 'src/modules/realtime/utils/feed-item-event';
import type { NotificationEvent } from 'src/modules/realtime/utils/notification-event';
import type { SocialMentionEvent } from 'src/modules/realtime/utils/social-mention-event';

// Derived from the document, so fixtures follow whatever result type it carries.
export type DataOf<D> = D extends TypedDocumentNode<infer R, never> ? R : never;

export type Viewer = DataOf<typeof ME_QUERY>['me'];

export const ANA: Viewer = {
  __typename: 'Employee',
  id: 'emp_ana',
  name: 'Ana Alvarez',
  email: 'ana@example.com',
  handle: 'ana',
  role: 'MEMBER',
  title: 'Account executive',
};

/** The socket as the app sees it: push events through these to play what the server sends. */
export interface FakeRealtime {
  feedItems: Subject<FeedItemEvent>;
  notifications: Subject<NotificationEvent>;
  feedItemUpdates: Subject<FeedItemEvent>;
  connects: Subject<ConnectEvent>;
  socialMentions: Subject<SocialMentionEvent>;
}

/**
 * A mocked operation that records the variables of every request it answers, so a test can check
 * what the component sent (and how often: a repeated read means a refetch).
 */
export interface RecordedMock<TData, TVars extends OperationVariables> {
  mock: MockLink.MockedResponse<TData, TVars>;
  calls: TVars[];
}

export function mockOperation<TData, TVars extends OperationVariables>(
  query: TypedDocumentNode<TData, TVars>,
  // The document alone decides the types: the answer is checked against them.
  answer: NoInfer<TData> | ((variables: TVars) => NoInfer<TData>),
): RecordedMock<TData, TVars> {
  const calls: TVars[] = [];
  const respond = (variables: TVars) => {
    calls.push(variables);
    return { data: answer instanceof Function ? answer(variables) : answer };
  };
  return {
    calls,
    // Any variables match, so a wrong one is seen in `calls` rather than as a missing mock.
    mock: { request: { query, variables: () => true }, maxUsageCount: Number.POSITIVE_INFINITY, result: respond },
  };
}

interface Options {
  /** Answers for the queries and mutations the component sends. */
  mocks?: ReadonlyArray<{ mock: MockLink.MockedResponse<unknown, OperationVariables> }>;
  /** The signed-in employee, already in the cache as after the app's first `me` read; null: none. */
  viewer?: Viewer | null;
  route?: string;
}

export interface Rendered extends RenderResult {
  user: UserEvent;
  realtime: FakeRealtime;
  cache: InMemoryCache;
}

/**
 * Renders `ui` as the app would: Apollo (mocked link, the app's feed cache policy), the router and
 * the realtime context, with the viewer signed in. Timers stay whatever the test made them; with
 * Jest's fake timers, user events advance them.
 */
export function renderWithProviders(ui: ReactElement, { mocks = [], viewer = ANA, route = '/' }: Options = {}): Rendered {
  const cache = new InMemoryCache({ typePolicies: { Query: { fields: { feed: feedFieldPolicy } } } });
  if (viewer) cache.writeQuery({ query: ME_QUERY, data: { me: viewer } });
  // Post text links @handles through the directory; a test that cares mocks it, the rest get the viewer alone.
  if (!mocks.some((m) => m.mock.request.query === EMPLOYEES_QUERY)) {
    cache.writeQuery({ query: EMPLOYEES_QUERY, data: { employees: viewer ? [{ __typename: 'Employee', id: viewer.id, name: viewer.name, handle: viewer.handle, title: viewer.title ?? null }] : [] } });
  }

  const realtime: FakeRealtime = {
    feedItems: new Subject(),
    notifications: new Subject(),
    feedItemUpdates: new Subject(),
    connects: new Subject(),
    socialMentions: new Subject(),
  };
  const context: RealtimeContextValue = { status: 'live', ...realtime };
  // Jest's modern fake timers mark the replaced setTimeout with their clock.
  const fakeTimers = Object.prototype.hasOwnProperty.call(setTimeout, 'clock');
  const user = userEvent.setup(fakeTimers ? { advanceTimers: (ms) => jest.advanceTimersByTime(ms) } : {});

  const wrapper = ({ children }: { children: ReactNode }) => (
    // No artificial latency: answers arrive on the next timer tick, fake or real.
    <MockedProvider mocks={mocks.map((m) => m.mock)} cache={cache} mockLinkDefaultOptions={{ delay: 0 }}>
      <MemoryRouter initialEntries={[route]}>
        <RealtimeContext.Provider value={context}>{children}</RealtimeContext.Provider>
      </MemoryRouter>
    </MockedProvider>
  );
  const result: RenderResult = render(ui, { wrapper });
  return { ...result, user, realtime, cache };
}
