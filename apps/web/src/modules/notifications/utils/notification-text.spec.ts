import { describeNotification, notificationText } from './notification-text';

const base = {
  actor: { id: 'emp_cy', name: 'Cy', handle: 'cy' },
  subject: { id: 'deal_1', kind: 'DEAL' as const, name: 'Acme Renewal' },
  subjectId: 'deal_1',
  commentId: null as string | null,
};

describe('notification sentences', () => {
  it('tells a reply to my post from a reply in a thread I am in', () => {
    const reply = { ...base, kind: 'REPLY', commentId: 'c1' };
    expect(notificationText({ ...reply, activity: { id: 'a1', actor: { id: 'emp_me' } } }, 'emp_me')).toBe('Cy replied to your post on Acme Renewal');
    expect(notificationText({ ...reply, activity: { id: 'a1', actor: { id: 'emp_ana' } } }, 'emp_me')).toBe(
      'Cy replied in a thread you are in on Acme Renewal',
    );
  });

  it('says whether a reaction was to a post or a comment', () => {
    expect(describeNotification({ ...base, kind: 'REACTION' }).action).toBe('reacted to your post on');
    expect(describeNotification({ ...base, kind: 'REACTION', commentId: 'c1' }).action).toBe('reacted to your comment on');
  });
});
