import { parseFeedItemEvent } from 'src/modules/realtime/utils/feed-item-event';
import { parseNotificationEvent } from 'src/modules/realtime/utils/notification-event';

const item = {
  id: 'act_1',
  kind: 'POST',
  createdAt: '2026-12-01T09:46:33.821Z',
  subjectId: 'deal_1',
  subject: { id: 'deal_1', kind: 'DEAL', name: 'Acme Renewal' },
  actor: { id: 'emp_1', name: 'Bo Chen', handle: 'bo' },
  body: 'Kickoff on Tuesday',
  changes: null,
  commentCount: 2,
  reactions: [{ reaction: 'CELEBRATE', emoji: '🎉', count: 1 }],
  commentReactions: [{ commentId: 'com_1', reactions: [{ reaction: 'LIKE', emoji: '👍', count: 3 }] }],
  editedAt: null,
  deletedAt: null,
  updatedAt: null,
};

describe('socket payloads in the web client', () => {
  it('turns a push that fits the shared contract into a cached feed edge', () => {
    const event = parseFeedItemEvent({ cursor: 'c1', item });
    expect(event?.item).toMatchObject({ __typename: 'Activity', id: 'act_1', subject: { __typename: 'SubjectRef', kind: 'DEAL' }, commentCount: 2 });
    expect(event?.item.reactions).toEqual([{ __typename: 'ReactionSummary', reaction: 'CELEBRATE', emoji: '🎉', count: 1, reactedByMe: false }]);
    expect(event?.reactionCounts?.comments.get('com_1')).toEqual([{ reaction: 'LIKE', emoji: '👍', count: 3 }]);
  });

  it('drops a push that breaks the contract, so a bad payload never reaches the feed', () => {
    expect(parseFeedItemEvent({ cursor: 'c1', item: { ...item, createdAt: 42 } })).toBeNull();
    expect(parseFeedItemEvent({ cursor: 'c1', item: { ...item, commentCount: -1 } })).toBeNull();
    const withoutSubject: Partial<typeof item> = { ...item };
    delete withoutSubject.subjectId;
    expect(parseFeedItemEvent({ cursor: 'c1', item: withoutSubject })).toBeNull();
    expect(parseFeedItemEvent('feed:item')).toBeNull();
    expect(parseNotificationEvent({ notification: null, unreadCount: -2 })).toBeNull();
    expect(parseNotificationEvent({ notification: null, unreadCount: 4 })).toEqual({ notification: null, unreadCount: 4 });
  });
});
