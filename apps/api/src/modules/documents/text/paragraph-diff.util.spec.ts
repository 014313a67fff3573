import { diffParagraphs, paragraphsOf, summarizeDiff } from './paragraph-diff.util';

describe('paragraph diff', () => {
  it('splits on blank lines and tidies spaces', () => {
    expect(paragraphsOf('One  two\nthree\n\n\n  Four \r\n\r\nFive')).toEqual(['One two\nthree', 'Four', 'Five']);
  });

  it('summarises counts and the sections that changed', () => {
    const before = ['1. Scope', 'Widgets.', '4.2 Pricing', '100 EUR.', '5. Terms', 'Net 30.'];
    const after = ['1. Scope', 'Widgets.', '4.2 Pricing', '90 EUR.', 'Discounts.', 'Rebates.', '5. Terms', 'Net 30.'];
    const blocks = diffParagraphs(before, after);
    expect(blocks.filter((b) => b.op !== 'UNCHANGED')).toEqual([
      { op: 'REMOVED', text: '100 EUR.' },
      { op: 'ADDED', text: '90 EUR.' },
      { op: 'ADDED', text: 'Discounts.' },
      { op: 'ADDED', text: 'Rebates.' },
    ]);
    expect(summarizeDiff(blocks)).toBe('+3 paragraphs, −1; section 4.2 Pricing changed');
  });

  it('names several sections, and says when nothing changed', () => {
    const blocks = diffParagraphs(['1. A', 'x', '2. B', 'y'], ['1. A', 'x2', '2. B', 'y2']);
    expect(summarizeDiff(blocks)).toBe('+2 paragraphs, −2; sections 1. A, 2. B changed');
    expect(summarizeDiff(diffParagraphs(['a'], ['a']))).toBe('no text changes');
    expect(summarizeDiff(diffParagraphs(['a', 'b'], ['a']))).toBe('−1 paragraph');
  });
});
