import { act, screen, waitFor, within } from '@testing-library/react';
import { SocialInboxPage } from 'src/modules/social/components/SocialInboxPage';
import { SOCIAL_INBOX_QUERY } from 'src/modules/social/graphql/social.documents';
import type { SocialMention } from 'src/modules/social/graphql/social.types';
import { mockOperation, renderWithProviders } from 'src/test/render-with-providers';

const mention = (id: string, text: string, extra: Partial<SocialMention> = {}) => ({
  __typename: 'SocialMention' as const,
  id,
  network: 'X' as const,
  url: null,
  text,
  postedAt: '2026-12-01T09:00:00Z',
  author: { __typename: 'SocialAuthor' as const, handle: 'maria_acme', name: 'Maria Lopez', followers: 1240, verified: false, influence: 0.44, influenceBand: 'MEDIUM' as const },
  sentiment: -0.62,
  intent: 'COMPLAINT' as const,
  priority: 'HIGH' as const,
  why: ["negative wording: 'broken'"],
  accountId: 'acc_1',
  matchConfidence: 1,
  caseId: null,
  responseDueAt: null,
  ...extra,
});

const page = (nodes: ReturnType<typeof mention>[]) => ({
  socialInbox: {
    __typename: 'SocialMentionConnection' as const,
    edges: nodes.map((node) => ({ __typename: 'SocialMentionEdge' as const, cursor: node.id, node })),
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
  },
});

describe('the social inbox page', () => {
  it('shows each mention with its scores and why, asks the server for the chosen queue, priority and order, and re-reads on a pushed mention', async () => {
    let nodes = [mention('m1', 'Exports are broken again', { caseId: 'case_1', responseDueAt: '2099-01-01T10:00:00Z' })];
    const inbox = mockOperation(SOCIAL_INBOX_QUERY, () => page(nodes));
    const { user, realtime } = renderWithProviders(<SocialInboxPage />, { mocks: [inbox], route: '/social?queue=ASSIGNED' });

    const card = await screen.findByTestId('mention-card');
    expect(within(card).getByText('Exports are broken again')).toBeTruthy();
    expect(within(card).getByTestId('mention-intent').textContent).toBe('Complaint');
    expect(within(card).getByTestId('mention-priority').textContent).toBe('High priority');
    expect(within(card).getByText(/Medium influence/)).toBeTruthy();
    expect(within(card).getByText('Negative (-0.62)')).toBeTruthy();
    expect(within(card).getByTestId('mention-due').textContent).toMatch(/^due in /);
    expect(within(card).getByText("negative wording: 'broken'")).toBeTruthy();
    expect(inbox.calls[0]).toMatchObject({ queue: 'ASSIGNED', priority: null, orderBy: 'NEWEST' });

    await user.selectOptions(screen.getByTestId('inbox-priority'), 'HIGH');
    await user.selectOptions(screen.getByTestId('inbox-sort'), 'DUE');
    await waitFor(() => expect(inbox.calls.at(-1)).toMatchObject({ queue: 'ASSIGNED', priority: 'HIGH', orderBy: 'DUE' }));

    // A mention arrives: the push makes the page read the queue again and show it.
    nodes = [mention('m2', 'Still no answer on this', { caseId: 'case_1' }), ...nodes];
    const reads = inbox.calls.length;
    act(() => realtime.socialMentions.next({ mention: { ...mention('m2', 'Still no answer on this'), network: 'x', externalId: 'x-2', author: { handle: 'maria_acme', name: null, followers: 1, verified: false, influence: 0, influenceBand: 'LOW' } } as never }));
    await screen.findByText('Still no answer on this');
    expect(inbox.calls.length).toBe(reads + 1);
  });
});
