import { AppError } from '../../common/errors/app-error';
import { decodeFeedCursor, encodeFeedCursor } from './cursor.util';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.field;
  }
  return 'accepted';
};

describe('feed cursors', () => {
  it('round-trips the position a page ended at', () => {
    const position = { createdAt: new Date('2026-11-23T09:15:02.123Z'), id: '0193a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b' };
    expect(decodeFeedCursor(encodeFeedCursor(position))).toEqual(position);
  });

  it('refuses a cursor it did not hand out, naming the argument', () => {
    const forge = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    expect(fieldOf(() => decodeFeedCursor('not-a-cursor'))).toBe('after');
    expect(fieldOf(() => decodeFeedCursor(forge(['2026-11-23T09:15:02.123Z', '1 OR 1=1'])))).toBe('after');
    expect(fieldOf(() => decodeFeedCursor(forge(['0000-01-01T00:00:00.000Z', '0193a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b']), 'before'))).toBe('before');
  });
});
