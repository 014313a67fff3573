import { describeNotification, notificationHref, notificationPreview, notificationText } from './notification-text';

const base = {
  actor: { __typename: 'Employee' as const, id: 'emp_cy', name: 'Cy', handle: 'cy' },
  subject: { __typename: 'SubjectRef' as const, id: 'deal_1', kind: 'DEAL' as const, name: 'Acme Renewal' },
  subjectId: 'deal_1',
  commentId: null as string | null,
  activity: null,
};
/** A post by `authorId`, as a notification carries it. */
const postBy = (authorId: string) => ({ __typename: 'Activity' as const, id: 'a1', body: null, comments: [], actor: { __typename: 'Employee' as const, id: authorId } });

describe('notification sentences', () => {
  it('tells a reply to my post from a reply in a thread I am in', () => {
    const reply = { ...base, kind: 'REPLY' as const, commentId: 'c1' };
    expect(notificationText({ ...reply, activity: postBy('emp_me') }, 'emp_me')).toBe('Cy replied to your post on Acme Renewal');
    expect(notificationText({ ...reply, activity: postBy('emp_ana') }, 'emp_me')).toBe(
      'Cy replied in a thread you are in on Acme Renewal',
    );
  });

  it('says whether a reaction was to a post or a comment', () => {
    expect(describeNotification({ ...base, kind: 'REACTION' }).action).toBe('reacted to your post on');
    expect(describeNotification({ ...base, kind: 'REACTION', commentId: 'c1' }).action).toBe('reacted to your comment on');
  });

  it('words SLA warnings as the clock speaking, with no person behind them', () => {
    const onCase = { ...base, actor: null, subject: { __typename: 'SubjectRef' as const, id: 'case_1', kind: 'CASE' as const, name: 'App crashes' }, subjectId: 'case_1' };
    expect(notificationText({ ...onCase, kind: 'SLA_AT_RISK' })).toBe('SLA response due soon on App crashes');
    expect(notificationText({ ...onCase, kind: 'SLA_BREACHED' })).toBe('SLA response overdue on App crashes');
  });
});

describe('notification previews and links', () => {
  const activity = {
    ...postBy('emp_cy'),
    body: 'Kickoff   moved to\nTuesday',
    comments: [{ __typename: 'Comment' as const, id: 'c1', body: 'Works for me' }],
  };
  it('previews the post, or the comment it is about, in one shortened line', () => {
    expect(notificationPreview({ commentId: null, activity })).toBe('Kickoff moved to Tuesday');
    expect(notificationPreview({ commentId: 'c1', activity })).toBe('Works for me');
    expect(notificationPreview({ commentId: null, activity: { ...activity, body: 'x'.repeat(300) } })).toHaveLength(140);
    expect(notificationPreview({ commentId: null, activity: null })).toBeNull();
  });
  it('links to the post or the comment on the subject page', () => {
    expect(notificationHref('/deals/d1', { activityId: 'a1', commentId: null })).toBe('/deals/d1#activity-a1');
    expect(notificationHref('/deals/d1', { activityId: 'a1', commentId: 'c1' })).toBe('/deals/d1#comment-c1');
  });
});
