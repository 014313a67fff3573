import { parseRichText, safeLink, topicKeysIn, topicPath } from './rich-text';

describe('parseRichText', () => {
  it('sets #topics and @mentions apart from the text around them', () => {
    expect(parseRichText('Renewal call with @bo about #renewal, then #Q3-pricing.')).toEqual([
      { kind: 'text', text: 'Renewal call with ' },
      { kind: 'mention', text: '@bo', handle: 'bo' },
      { kind: 'text', text: ' about ' },
      { kind: 'topic', text: '#renewal', name: 'renewal' },
      { kind: 'text', text: ', then ' },
      { kind: 'topic', text: '#Q3-pricing', name: 'Q3-pricing' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('does not take numbers, URL fragments, e-mail addresses or entities for tags', () => {
    for (const text of ['issue #42', 'see page#section', 'write to ana@example.com', 'Tom &#35; Jerry', 'a/#b']) {
      expect(parseRichText(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('leaves trailing separators in the text and keeps every character', () => {
    const text = '(#churn-risk-) and @support-emea.';
    const parts = parseRichText(text);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts.filter((part) => part.kind !== 'text').map((part) => part.text)).toEqual(['#churn-risk', '@support-emea']);
  });

  it('finds tags at the very start and back to back', () => {
    expect(parseRichText('#a1 #b2').map((part) => part.kind)).toEqual(['topic', 'text', 'topic']);
  });

  it('returns nothing for empty text', () => {
    expect(parseRichText('')).toEqual([]);
  });
});

describe('topicKeysIn', () => {
  it('answers distinct lower-cased names, as the server keys topics', () => {
    expect(topicKeysIn('#Renewal and #renewal and #Pricing')).toEqual(['renewal', 'pricing']);
    expect(topicKeysIn(null)).toEqual([]);
  });
});

describe('topicPath', () => {
  it('drops the # and escapes the name', () => {
    expect(topicPath('#renewal')).toBe('/topics/renewal');
    expect(topicPath('café')).toBe('/topics/caf%C3%A9');
  });
});

describe('links in posts', () => {
  it('links http(s) addresses, leaving sentence punctuation and #/@ inside them alone', () => {
    expect(parseRichText('@alice see https://example.com/q3 #renewal')).toEqual([
      { kind: 'mention', text: '@alice', handle: 'alice' },
      { kind: 'text', text: ' see ' },
      { kind: 'link', text: 'https://example.com/q3', href: 'https://example.com/q3' },
      { kind: 'text', text: ' ' },
      { kind: 'topic', text: '#renewal', name: 'renewal' },
    ]);
    expect(parseRichText('Docs (https://x.dev/a#intro).').map((p) => p.text)).toEqual(['Docs (', 'https://x.dev/a#intro', ').']);
    expect(parseRichText('https://x.dev/@ana/page').map((p) => p.kind)).toEqual(['link']);
  });

  it('never links other schemes', () => {
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(parseRichText('javascript:alert(1) data:text/html,hi').every((p) => p.kind === 'text')).toBe(true);
    expect(safeLink('https://')).toBeNull();
  });
});
