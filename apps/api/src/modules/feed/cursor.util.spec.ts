import { decodeCursor, encodeCursor } from './cursor.util';

describe('feed cursors', () => {
  it('round-trips the position a page ended at', () => {
    const position = { createdAt: new Date('2026-11-23T09:15:02.123Z'), id: '0193a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('refuses a cursor it did not hand out, naming the argument', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(/after: is not a cursor/);
    const forged = Buffer.from('2026-11-23T09:15:02.123Z|1 OR 1=1').toString('base64url');
    expect(() => decodeCursor(forged)).toThrow(/after/);
  });
});
