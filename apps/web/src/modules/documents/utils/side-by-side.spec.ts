import { sideBySide } from 'src/modules/documents/utils/side-by-side';

describe('sideBySide', () => {
  it('pairs a changed paragraph and marks only the words that changed', () => {
    const rows = sideBySide([
      { __typename: 'DiffBlock', op: 'UNCHANGED', text: '4.2 Pricing' },
      { __typename: 'DiffBlock', op: 'REMOVED', text: 'The price is 100 EUR.' },
      { __typename: 'DiffBlock', op: 'ADDED', text: 'The price is 90 EUR.' },
      { __typename: 'DiffBlock', op: 'ADDED', text: 'Discounts apply.' },
    ]);
    expect(rows.map((r) => r.kind)).toEqual(['same', 'changed', 'added']);
    expect(rows[1].left?.filter((s) => s.changed).map((s) => s.text)).toEqual(['100']);
    expect(rows[1].right?.filter((s) => s.changed).map((s) => s.text)).toEqual(['90']);
    expect(rows[2]).toEqual({ kind: 'added', left: null, right: [{ text: 'Discounts apply.', changed: true }] });
  });
});
