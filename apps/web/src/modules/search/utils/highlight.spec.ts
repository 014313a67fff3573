import { highlightSegments } from './highlight';

describe('search highlights', () => {
  it('marks exactly the matched words', () => {
    expect(highlightSegments('Renewal pricing for the renewal', [{ start: 0, length: 7 }, { start: 24, length: 7 }])).toEqual([
      { text: 'Renewal', match: true },
      { text: ' pricing for the ', match: false },
      { text: 'renewal', match: true },
    ]);
  });

  it('keeps every character when ranges overlap or run past the end', () => {
    const segments = highlightSegments('abc def', [{ start: 4, length: 10 }, { start: 0, length: 2 }, { start: 1, length: 2 }]);
    expect(segments.map((s) => s.text).join('')).toBe('abc def');
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['ab', 'c', 'def']);
  });
});
