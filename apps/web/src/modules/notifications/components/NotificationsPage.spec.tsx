import { screen, waitFor, within } from '@testing-library/react';
import { NotificationsPage } from 'src/modules/notifications/components/NotificationsPage';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS_QUERY, UNREAD_COUNT_QUERY } from 'src/modules/notifications/graphql/notifications.documents';
import { ACME_DEAL, BO_REF } from 'src/test/fixtures';
import { mockOperation, renderWithProviders, type DataOf } from 'src/test/render-with-providers';

type AppNotification = DataOf<typeof NOTIFICATIONS_QUERY>['notifications'][number];

const base = {
  __typename: 'Notification' as const,
  createdAt: '2026-12-01T09:55:00Z',
  commentId: null,
  subjectId: ACME_DEAL.id,
  actor: BO_REF,
  subject: ACME_DEAL,
};
// Who wrote the post each notification is about, with its text for the preview.
const BOS_POST = { __typename: 'Activity' as const, id: 'act_1', body: '@ana see the quote', actor: { __typename: 'Employee' as const, id: BO_REF.id }, comments: [] };
const MY_POST = { __typename: 'Activity' as const, id: 'act_2', body: 'Signed!', actor: { __typename: 'Employee' as const, id: 'emp_ana' }, comments: [] };
const MENTION: AppNotification = {
  ...base,
  id: 'ntf_mention',
  kind: 'MENTION',
  read: false,
  activityId: 'act_1',
  activity: BOS_POST,
};
const REACTION: AppNotification = {
  ...base,
  id: 'ntf_reaction',
  kind: 'REACTION',
  read: true,
  activityId: 'act_2',
  activity: MY_POST,
};

function setup() {
  const read = new Set<string>(['ntf_reaction']);
  const current = () => [MENTION, REACTION].map((n) => ({ ...n, read: read.has(n.id) }));
  const list = mockOperation(NOTIFICATIONS_QUERY, ({ unreadOnly }) => ({ notifications: current().filter((n) => !unreadOnly || !n.read) }));
  const unread = mockOperation(UNREAD_COUNT_QUERY, () => ({ unreadNotificationCount: current().filter((n) => !n.read).length }));
  const mark = mockOperation(MARK_NOTIFICATIONS_READ, ({ ids, all }) => {
    const marked = [ids ?? []].flat().map(String);
    for (const n of current()) if (all || marked.includes(n.id)) read.add(n.id);
    return { markNotificationsRead: current().filter((n) => !n.read).length };
  });
  const rendered = renderWithProviders(<NotificationsPage />, { mocks: [list, unread, mark] });
  return { ...rendered, list, mark };
}

const items = () => within(screen.getByTestId('notification-list')).getAllByTestId('notification-item');
const kinds = () => items().map((item) => item.getAttribute('data-kind'));

describe('NotificationsPage', () => {
  it('lists every notification with its preview, and filters to unread or mentions', async () => {
    const { user, list } = setup();
    await screen.findByText('1 unread', { exact: false });
    await waitFor(() => expect(kinds()).toEqual(['MENTION', 'REACTION']));
    expect(within(items()[0]).getByTestId('notification-preview').textContent).toContain('see the quote');

    await user.click(screen.getByRole('button', { name: 'Unread' }));
    await waitFor(() => expect(kinds()).toEqual(['MENTION']));
    expect(list.calls.at(-1)).toEqual({ first: 50, unreadOnly: true });
    expect(screen.getByRole('button', { name: 'Unread' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Mentions' }));
    await waitFor(() => expect(kinds()).toEqual(['MENTION']));
    await user.click(screen.getByRole('button', { name: 'All' }));
    await waitFor(() => expect(kinds()).toEqual(['MENTION', 'REACTION']));
  });

  it('marks one read, then says all is read', async () => {
    const { user, mark } = setup();
    await screen.findByText('1 unread', { exact: false });
    const mention = await waitFor(() => items()[0]);
    expect(mention.getAttribute('data-read')).toBe('false');

    await user.click(screen.getByRole('button', { name: 'Mark read' }));

    await waitFor(() => expect(items()[0].getAttribute('data-read')).toBe('true'));
    expect(mark.calls).toEqual([{ ids: ['ntf_mention'] }]);
    await screen.findByText('Mentions, replies, reactions and assignments: all read.');
    expect(screen.queryByRole('button', { name: 'Mark read' })).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Mark all read' }).disabled).toBe(true);
  });

  it('offers older notifications when a full page came back', async () => {
    const many = (first: number) =>
      Array.from({ length: Math.min(first, 70) }, (_, i) => ({ ...REACTION, id: `ntf_${i}`, createdAt: new Date(Date.UTC(2026, 11, 1, 9, 0, 70 - i)).toISOString() }));
    const list = mockOperation(NOTIFICATIONS_QUERY, ({ first }) => ({ notifications: many(first) }));
    const unread = mockOperation(UNREAD_COUNT_QUERY, { unreadNotificationCount: 0 });
    const { user } = renderWithProviders(<NotificationsPage />, { mocks: [list, unread] });
    await waitFor(() => expect(items()).toHaveLength(50));

    await user.click(screen.getByRole('button', { name: 'Show older' }));

    await waitFor(() => expect(items()).toHaveLength(70));
    expect(list.calls.at(-1)).toEqual({ first: 100, unreadOnly: false });
    // Fewer than asked for: that was all of them.
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
  });
});
