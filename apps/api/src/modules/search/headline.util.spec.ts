import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, parseHeadline } from './headline.util';

const marked = (headline: ReturnType<typeof parseHeadline>) =>
  headline.highlights.map((r) => headline.snippet.slice(r.start, r.start + r.length));

describe('parseHeadline', () => {
  it('returns plain text and the exact ranges of the matched words', () => {
    const h = parseHeadline(`the customer wants a ${S}renewal${E} before the ${S}renewals${E} freeze`);
    expect(h.snippet).toBe('the customer wants a renewal before the renewals freeze');
    expect(h.highlights).toEqual([
      { start: 21, length: 7 },
      { start: 40, length: 8 },
    ]);
    expect(marked(h)).toEqual(['renewal', 'renewals']);
  });

  it('keeps adjacent matches apart and handles a match at either end', () => {
    const h = parseHeadline(`${S}big${E} ${S}deal${E}`);
    expect(h.snippet).toBe('big deal');
    expect(marked(h)).toEqual(['big', 'deal']);
  });

  it('counts offsets in UTF-16 code units, as JavaScript slices strings', () => {
    const h = parseHeadline(`Café 🎉 ${S}naïve${E} plan`);
    expect(marked(h)).toEqual(['naïve']);
    expect(h.highlights[0].start).toBe('Café 🎉 '.length);
  });

  it('returns no ranges and the text as is when nothing is marked', () => {
    expect(parseHeadline('no match <b>here</b>')).toEqual({ snippet: 'no match <b>here</b>', highlights: [] });
  });

  it('never leaves a sentinel in the snippet, even when they are unbalanced', () => {
    const h = parseHeadline(`${E}stray ${S}open ${S}twice${E} then ${S}unterminated`);
    expect(h.snippet).toBe('stray open twice then unterminated');
    // eslint-disable-next-line no-control-regex -- the headline sentinels are control characters; none may survive
    expect(h.snippet).not.toMatch(/[\u0001\u0002]/);
    expect(marked(h)).toEqual(['open twice', 'unterminated']);
  });

  it('drops empty ranges and shifts ranges when surrounding whitespace is trimmed', () => {
    const h = parseHeadline(`  ${S}${E}lead ${S}word${E}  `);
    expect(h.snippet).toBe('lead word');
    expect(marked(h)).toEqual(['word']);
    expect(h.highlights).toEqual([{ start: 5, length: 4 }]);
  });

  it('clips a range that covered only trimmed whitespace', () => {
    const h = parseHeadline(`${S}  ${E}text${S}  ${E}`);
    expect(h).toEqual({ snippet: 'text', highlights: [] });
  });
});
