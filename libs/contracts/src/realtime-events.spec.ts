import { parseServerEvent } from './realtime-events';

const item = {
  id: '01a230ff-b3dd-739e-aeff-da754fa8a942',
  kind: 'RECORD_CHANGE',
  createdAt: '2026-12-01T09:46:33.821Z',
  subjectId: 'deal_1',
  subject: { id: 'deal_1', kind: 'DEAL', name: 'Acme Renewal' },
  actor: { id: 'emp_1', name: 'Bo Chen', handle: 'bo' },
  body: 'Acme Renewal: stage Negotiation → Closed Won',
  changes: [{ field: 'stage', from: 'NEGOTIATION', to: 'CLOSED_WON' }],
  commentCount: 0,
  reactions: [{ reaction: 'LIKE', emoji: '👍', count: 2 }],
  commentReactions: [],
  editedAt: null,
  deletedAt: null,
  updatedAt: null,
};

describe('the socket contract', () => {
  it('accepts what the server sends', () => {
    expect(parseServerEvent('feed:item', { cursor: 'c1', item })?.item.subject?.name).toBe('Acme Renewal');
    expect(parseServerEvent('notification', { notification: null, unreadCount: 3 })?.unreadCount).toBe(3);
    expect(parseServerEvent('session:ended', { reason: 'expired' })).toEqual({ reason: 'expired' });
  });

  it('refuses a payload that breaks the schema', () => {
    expect(parseServerEvent('feed:item', { cursor: 'c1', item: { ...item, createdAt: 'yesterday' } })).toBeNull();
    expect(parseServerEvent('feed:item', { cursor: 'c1', item: { ...item, reactions: [{ reaction: 'LIKE', emoji: '👍', count: -1 }] } })).toBeNull();
    expect(parseServerEvent('feed:item:updated', { item })).toBeNull();
    expect(parseServerEvent('notification', { notification: null, unreadCount: 1.5 })).toBeNull();
    expect(parseServerEvent('session:ended', { reason: 'bored' })).toBeNull();
  });
});
