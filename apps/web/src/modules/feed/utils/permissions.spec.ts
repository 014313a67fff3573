import type { PersonRef } from 'src/modules/feed/graphql/feed.types';
import { canEditComment, canEditPost, canRemoveActivity, canRemoveComment, type Viewer } from './permissions';

const ana: Viewer = { id: 'emp_ana', role: 'MEMBER' };
const bo: Viewer = { id: 'emp_bo', role: 'MEMBER' };
const admin: Viewer = { id: 'emp_admin', role: 'ADMIN' };
const person = (id: string): PersonRef => ({ __typename: 'Employee', id, name: id, handle: id });
const post = { kind: 'POST' as const, actor: person('emp_ana'), deletedAt: null };

describe('post permissions', () => {
  it('lets the author edit and remove a post, and an admin remove it', () => {
    expect(canEditPost(post, ana)).toBe(true);
    expect(canRemoveActivity(post, ana)).toBe(true);
    expect(canEditPost(post, bo)).toBe(false);
    expect(canRemoveActivity(post, bo)).toBe(false);
    expect(canEditPost(post, admin)).toBe(false);
    expect(canRemoveActivity(post, admin)).toBe(true);
  });

  it('offers nothing on a removed post or to nobody', () => {
    const removed = { ...post, deletedAt: '2025-01-01T00:00:00Z' };
    expect(canEditPost(removed, ana)).toBe(false);
    expect(canRemoveActivity(removed, admin)).toBe(false);
    expect(canRemoveActivity(post, null)).toBe(false);
  });

  it('lets admins remove social mentions but nobody remove record changes', () => {
    expect(canRemoveActivity({ kind: 'SOCIAL_MENTION', actor: null, deletedAt: null }, admin)).toBe(true);
    expect(canRemoveActivity({ kind: 'SOCIAL_MENTION', actor: null, deletedAt: null }, ana)).toBe(false);
    expect(canRemoveActivity({ kind: 'RECORD_CHANGE', actor: person('emp_ana'), deletedAt: null }, ana)).toBe(false);
    expect(canRemoveActivity({ kind: 'RECORD_CHANGE', actor: person('emp_ana'), deletedAt: null }, admin)).toBe(false);
  });
});

describe('comment permissions', () => {
  const comment = { author: person('emp_bo'), deletedAt: null };
  it('lets the author edit and remove, an admin only remove', () => {
    expect(canEditComment(comment, bo)).toBe(true);
    expect(canRemoveComment(comment, bo)).toBe(true);
    expect(canEditComment(comment, ana)).toBe(false);
    expect(canRemoveComment(comment, ana)).toBe(false);
    expect(canEditComment(comment, admin)).toBe(false);
    expect(canRemoveComment(comment, admin)).toBe(true);
  });
});
