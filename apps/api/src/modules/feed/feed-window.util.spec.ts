import { encodeFeedCursor } from './cursor.util';
import { feedWindow } from './feed-window.util';

const cursor = encodeFeedCursor({ createdAt: new Date('2026-11-23T09:15:02.123Z'), id: '0193a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b' });

describe('feed paging arguments', () => {
  it('reads the newest 20 when no paging argument is given', () => {
    expect(feedWindow({})).toEqual({ direction: 'OLDER', size: 20, cursor: null });
  });

  it('reads older items with first/after and newer ones with last/before', () => {
    expect(feedWindow({ first: 5, after: cursor })).toMatchObject({ direction: 'OLDER', size: 5, cursor: { id: '0193a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b' } });
    expect(feedWindow({ last: 7, before: cursor })).toMatchObject({ direction: 'NEWER', size: 7, cursor: { id: '0193a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b' } });
    expect(feedWindow({ before: cursor })).toMatchObject({ direction: 'NEWER', size: 20 });
  });

  it('refuses mixed directions, naming the argument that does not fit', () => {
    expect(() => feedWindow({ first: 5, last: 5 })).toThrow(/^last: cannot be combined with first/);
    expect(() => feedWindow({ after: cursor, before: cursor })).toThrow(/^before: cannot be combined with after/);
    expect(() => feedWindow({ first: 5, before: cursor })).toThrow(/^first:/);
    expect(() => feedWindow({ last: 5, after: cursor })).toThrow(/^after:/);
  });

  it('refuses sizes out of range and cursors it did not hand out', () => {
    expect(() => feedWindow({ last: 0 })).toThrow(/^last: must be between 1 and 100/);
    expect(() => feedWindow({ last: 101, before: cursor })).toThrow(/^last:/);
    expect(() => feedWindow({ first: 1.5 })).toThrow(/^first:/);
    expect(() => feedWindow({ last: 5, before: 'nope' })).toThrow(/^before: is not a cursor/);
    const yearZero = Buffer.from('0000-01-01T00:00:00.000Z|0193a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b').toString('base64url');
    expect(() => feedWindow({ last: 5, before: yearZero })).toThrow(/^before:/);
  });
});
