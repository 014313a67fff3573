import { AppError } from '../../common/errors/app-error';
import { decodeSearchCursor, encodeSearchCursor, parseSearchInput, prefixOf } from './search-input.util';

const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.field : 'not an AppError';
  }
  return undefined;
};

describe('search input', () => {
  it('names the query when it is blank or too long, and first when it is out of range', () => {
    expect(fieldOf(() => parseSearchInput('   ', 20, null))).toBe('query');
    expect(fieldOf(() => parseSearchInput('\u0001\u0007', 20, null))).toBe('query');
    expect(fieldOf(() => parseSearchInput('x'.repeat(201), 20, null))).toBe('query');
    expect(fieldOf(() => parseSearchInput('x'.repeat(200), 20, null))).toBeUndefined();
    expect(fieldOf(() => parseSearchInput('renewal', 0, null))).toBe('first');
    expect(fieldOf(() => parseSearchInput('renewal', 51, null))).toBe('first');
    expect(fieldOf(() => parseSearchInput('renewal', 1.5, null))).toBe('first');
  });

  it('cleans the query as stored text is cleaned', () => {
    expect(parseSearchInput('  re\u0000newal  ', 20, null).text).toBe('renewal');
  });

  it('matches the last plain word as a prefix, and leaves websearch syntax exact', () => {
    expect(prefixOf('acme renew')).toEqual({ rest: 'acme', word: 'renew' });
    expect(prefixOf('renew')).toEqual({ rest: '', word: 'renew' });
    expect(prefixOf('Café naïve')).toEqual({ rest: 'Café', word: 'naïve' });
    expect(prefixOf('"acme renew"')).toBeNull();
    expect(prefixOf('acme -renew')).toBeNull();
    expect(prefixOf('acme or renew')).toBeNull();
    expect(prefixOf('renew:*')).toBeNull();
    expect(prefixOf("o'neil")).toBeNull();
    expect(prefixOf('a & b | !c')).toBeNull();
  });
});

describe('search cursors', () => {
  const position = { rank: 0.1, createdAt: '2026-11-23T09:15:02.123456Z', id: '0193a0b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b' };

  it('round-trips the position a page ended at, microseconds and all', () => {
    expect(decodeSearchCursor(encodeSearchCursor(position))).toEqual(position);
    const record = { ...position, id: `deal_${'0'.repeat(32)}` };
    expect(decodeSearchCursor(encodeSearchCursor(record))).toEqual(record);
  });

  it('refuses anything it did not hand out, naming after', () => {
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const bad of [
      'not-a-cursor',
      forge({ rank: 1 }),
      forge([1, position.createdAt]),
      forge(['1', position.createdAt, position.id]),
      forge([-1, position.createdAt, position.id]),
      forge([1, '2026-11-23', position.id]),
      forge([1, position.createdAt, "x' OR 1=1"]),
    ]) {
      expect(fieldOf(() => decodeSearchCursor(bad))).toBe('after');
    }
  });
});
