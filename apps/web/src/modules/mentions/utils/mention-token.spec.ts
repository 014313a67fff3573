import { fitsQuery, insertMention, mentionTokenAt } from './mention-token';

describe('mentionTokenAt', () => {
  it('finds the "@…" just before the caret', () => {
    expect(mentionTokenAt('Ask @bo', 7)).toEqual({ start: 4, end: 7, query: 'bo' });
    expect(mentionTokenAt('@', 1)).toEqual({ start: 0, end: 1, query: '' });
    expect(mentionTokenAt('(@sup', 5)).toEqual({ start: 1, end: 5, query: 'sup' });
  });

  it('covers the rest of a handle when the caret is inside it', () => {
    expect(mentionTokenAt('hi @bochen there', 6)).toEqual({ start: 3, end: 10, query: 'bo' });
  });

  it('ignores e-mail addresses, finished mentions and text without "@"', () => {
    expect(mentionTokenAt('mail ana@acme.com', 12)).toBeNull();
    expect(mentionTokenAt('@bo thanks', 10)).toBeNull();
    expect(mentionTokenAt('@bo ', 4)).toBeNull();
    expect(mentionTokenAt('no mention', 10)).toBeNull();
  });
});

describe('insertMention', () => {
  it('replaces the token with "@handle " and puts the caret after it', () => {
    const text = 'Ask @b about it';
    expect(insertMention(text, mentionTokenAt(text, 6)!, 'bo.chen')).toEqual({ text: 'Ask @bo.chen about it', caret: 13 });
    expect(insertMention('@', mentionTokenAt('@', 1)!, 'ana')).toEqual({ text: '@ana ', caret: 5 });
  });
});

describe('fitsQuery', () => {
  it('matches the start of the handle or of any word of the name', () => {
    expect(fitsQuery({ handle: 'bo', name: 'Bo Chen' }, 'CH')).toBe(true);
    expect(fitsQuery({ handle: 'bo', name: 'Bo Chen' }, 'b')).toBe(true);
    expect(fitsQuery({ handle: 'bo', name: 'Bo Chen' }, 'hen')).toBe(false);
  });
});
