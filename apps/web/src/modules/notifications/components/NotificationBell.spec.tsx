import { act, screen, waitFor, within } from '@testing-library/react';
import { NotificationBell } from 'src/modules/notifications/components/NotificationBell';
import { NOTIFICATIONS_QUERY, UNREAD_COUNT_QUERY } from 'src/modules/notifications/graphql/notifications.documents';
import { ACME_DEAL, ANA_REF, BO_REF } from 'src/test/fixtures';
import { mockOperation, renderWithProviders, type DataOf } from 'src/test/render-with-providers';

type AppNotification = DataOf<typeof NOTIFICATIONS_QUERY>['notifications'][number];

// Who wrote the post each notification is about.
const BOS_POST = { __typename: 'Activity' as const, id: 'act_1', body: null, comments: [], actor: { __typename: 'Employee' as const, id: BO_REF.id } };
const MY_POST = { __typename: 'Activity' as const, id: 'act_9', body: null, comments: [], actor: { __typename: 'Employee' as const, id: ANA_REF.id } };

const MENTION: AppNotification = {
  __typename: 'Notification',
  id: 'ntf_1',
  kind: 'MENTION',
  read: false,
  createdAt: '2026-12-01T09:55:00Z',
  activityId: 'act_1',
  commentId: null,
  subjectId: ACME_DEAL.id,
  actor: BO_REF,
  subject: ACME_DEAL,
  activity: BOS_POST,
};
const REPLY: AppNotification = {
  ...MENTION,
  id: 'ntf_2',
  kind: 'REPLY',
  read: true,
  activityId: 'act_9',
  commentId: 'cmt_1',
  activity: MY_POST,
};

/** The server's unread counts, one per read of the count (the last repeats). */
function setup(counts: number[]) {
  let reads = 0;
  const unread = mockOperation(UNREAD_COUNT_QUERY, () => ({
    unreadNotificationCount: counts[Math.min(++reads, counts.length) - 1] ?? 0,
  }));
  const list = mockOperation(NOTIFICATIONS_QUERY, { notifications: [MENTION, REPLY] });
  const rendered = renderWithProviders(<NotificationBell />, { mocks: [unread, list] });
  return { ...rendered, unread, list };
}

const bell = () => screen.getByTestId('notification-bell');
const badge = () => screen.queryByTestId('notification-badge')?.textContent ?? null;

/** What the server pushes on `notification`: the new one and the exact unread count. */
function pushed(unreadCount: number) {
  return {
    notification: {
      id: 'ntf_3',
      kind: 'MENTION',
      actorId: BO_REF.id,
      activityId: 'act_2',
      commentId: null,
      subjectId: ACME_DEAL.id,
      createdAt: '2026-12-01T09:59:00Z',
      read: false,
    },
    unreadCount,
  };
}

describe('NotificationBell', () => {
  it('shows the unread count the server reports', async () => {
    setup([3]);

    expect(await screen.findByRole('button', { name: 'Notifications, 3 unread' })).toBe(bell());
    expect(badge()).toBe('3');
  });

  it('drops the badge when a push says nothing is unread any more', async () => {
    const { realtime } = setup([2]);
    await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    expect(badge()).toBe('2');

    // e.g. all marked read in another tab
    act(() => realtime.notifications.next({ notification: null, unreadCount: 0 }));

    expect(await screen.findByRole('button', { name: 'Notifications, none unread' })).toBe(bell());
    expect(badge()).toBeNull();
  });

  it('updates the badge from a pushed notification, without reading the count again', async () => {
    const { user, realtime, unread } = setup([3, 99]);
    await screen.findByRole('button', { name: 'Notifications, 3 unread' });

    act(() => realtime.notifications.next(pushed(4)));

    // Only the push says 4: a re-read of the count would answer 99.
    await waitFor(() => expect(badge()).toBe('4'));
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 4 unread');

    // Barrier: opening the panel is a later request on the same link; once its answer is shown,
    // a re-read of the count sent because of the push would have been answered too (with 99).
    await user.click(bell());
    await screen.findByText('mentioned you on');
    expect(unread.calls).toHaveLength(1);
    expect(badge()).toBe('4');
  });

  it('reads the count again after a reconnect, when pushes may have been missed', async () => {
    const { realtime, unread } = setup([3, 7]);
    await screen.findByRole('button', { name: 'Notifications, 3 unread' });

    act(() => realtime.connects.next({ reconnect: true }));

    expect(await screen.findByRole('button', { name: 'Notifications, 7 unread' })).toBe(bell());
    expect(badge()).toBe('7');
    expect(unread.calls).toHaveLength(2);
  });

  it('opens the panel of recent notifications on click, and Escape closes it', async () => {
    const { user, list } = setup([1]);
    await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).toBeNull();

    await user.click(bell());

    const panel = screen.getByRole('dialog', { name: 'Notifications' });
    expect(bell().getAttribute('aria-expanded')).toBe('true');
    const items = await within(panel).findAllByTestId('notification-item');
    expect(items.map((item) => item.querySelector('.notification__text')?.textContent)).toEqual([
      'Unread: Bo Chen mentioned you on Acme Renewal',
      'Bo Chen replied to your post on Acme Renewal',
    ]);
    // Opening it goes to the post on the record's page.
    expect(items[0]?.getAttribute('href')).toBe('/deals/deal_acme#activity-act_1');
    expect(list.calls).toEqual([{ first: 20 }]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).toBeNull();
    expect(document.activeElement).toBe(bell());
  });
});
