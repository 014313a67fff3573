import { AppError } from './errors/app-error';
import { decodeCursor, encodeCursor } from './cursor';

const readPair = (parts: readonly unknown[]) => (parts.length === 2 && typeof parts[0] === 'number' && typeof parts[1] === 'string' ? { n: parts[0], s: parts[1] } : null);

function refusal(run: () => unknown): { field?: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { field: error.field, message: error.message };
  }
  throw new Error('not refused');
}

describe('the cursor codec', () => {
  it('round-trips the parts of a position', () => {
    expect(decodeCursor(encodeCursor([0.25, 'x|y']), 'after', readPair)).toEqual({ n: 0.25, s: 'x|y' });
  });

  it('refuses what it did not hand out, naming the argument and the cursor to pass instead', () => {
    const forge = (value: string) => Buffer.from(value).toString('base64url');
    for (const bad of ['not-a-cursor', forge('{"n":1}'), forge('[1]'), forge('["1","s"]'), forge('[1,"s"')]) {
      expect(refusal(() => decodeCursor(bad, 'after', readPair))).toEqual({ field: 'after', message: expect.stringContaining('pageInfo.endCursor') as string });
      expect(refusal(() => decodeCursor(bad, 'before', readPair))).toEqual({ field: 'before', message: expect.stringContaining('pageInfo.startCursor') as string });
    }
  });
});
