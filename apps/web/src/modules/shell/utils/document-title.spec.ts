import { documentTitle } from 'src/modules/shell/utils/document-title';

describe('tab title', () => {
  it('names the page and puts the unread count first', () => {
    expect(documentTitle('Following', 0)).toBe('Following · Tidings');
    expect(documentTitle('Acme Renewal', 3)).toBe('(3) Acme Renewal · Tidings');
    expect(documentTitle(null, 0)).toBe('Tidings');
    expect(documentTitle('  ', 120)).toBe('(99+) Tidings');
  });
});
