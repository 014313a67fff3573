import { fitsQuery, insertMention, mentionTokenAt } from './mention-token';

describe('mentionTokenAt', () => {
  it('finds the "@…" just before the caret', () => {
    expect(mentionTokenAt('Ask @bo', 7)).toEqual({ start: 4, end: 7, query: 'bo', trigger: '@' });
    expect(mentionTokenAt('@', 1)).toEqual({ start: 0, end: 1, query: '', trigger: '@' });
    expect(mentionTokenAt('(@sup', 5)).toEqual({ start: 1, end: 5, query: 'sup', trigger: '@' });
  });

  it('covers the rest of a handle when the caret is inside it', () => {
    expect(mentionTokenAt('hi @bochen there', 6)).toEqual({ start: 3, end: 10, query: 'bo', trigger: '@' });
  });

  it('ignores e-mail addresses, finished mentions and text without "@"', () => {
    expect(mentionTokenAt('mail ana@acme.com', 12)).toBeNull();
    expect(mentionTokenAt('@bo thanks', 10)).toBeNull();
    expect(mentionTokenAt('@bo ', 4)).toBeNull();
    expect(mentionTokenAt('no mention', 10)).toBeNull();
  });
});

describe('topics', () => {
  it('finds the "#…" of a topic being typed, as the server reads topics', () => {
    expect(mentionTokenAt('Pricing #ren', 12)).toEqual({ start: 8, end: 12, query: 'ren', trigger: '#' });
    expect(mentionTokenAt('see #renewal-2027 soon', 9)).toEqual({ start: 4, end: 17, query: 'rene', trigger: '#' });
    expect(mentionTokenAt('page#sec', 8)).toBeNull();
    expect(mentionTokenAt('#1', 2)).toBeNull();
    expect(mentionTokenAt('#', 1)).toBeNull();
  });

  it('inserts "#topic " for a topic', () => {
    const text = 'Pricing #ren';
    expect(insertMention(text, mentionTokenAt(text, 12)!, 'renewal')).toEqual({ text: 'Pricing #renewal ', caret: 17 });
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
