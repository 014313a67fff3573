import { assertNewDocumentStatus, assertStatusSettableByHand } from './document-status.util';

describe('document status by hand', () => {
  it('signs an approved document and sends a rejected one back to draft', () => {
    expect(() => assertStatusSettableByHand('APPROVED', 'SIGNED')).not.toThrow();
    expect(() => assertStatusSettableByHand('REJECTED', 'DRAFT')).not.toThrow();
    expect(() => assertStatusSettableByHand('DRAFT', 'DRAFT')).not.toThrow();
  });

  it('leaves review and approval to the workflow', () => {
    for (const [from, to] of [
      ['DRAFT', 'APPROVED'],
      ['DRAFT', 'IN_REVIEW'],
      ['IN_REVIEW', 'APPROVED'],
      ['DRAFT', 'SIGNED'],
    ] as const) {
      expect(() => assertStatusSettableByHand(from, to)).toThrow(/submitForReview/);
    }
    expect(() => assertNewDocumentStatus('APPROVED')).toThrow(/starts as DRAFT/);
    expect(() => assertNewDocumentStatus(undefined)).not.toThrow();
  });
});
