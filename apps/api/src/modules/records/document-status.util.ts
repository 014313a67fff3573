import { AppError } from '../../common/errors/app-error';
import type { DocumentStatus as DocumentStatusEnum } from './records.enums';

// The enum's values as a type only, so pure code and its unit tests need no GraphQL at run time.
type DocumentStatus = `${DocumentStatusEnum}`;

/**
 * What a person may set by hand. Review, approval and rejection belong to the review workflow
 * (submitForReview, approveDocument, rejectDocument), so no one can mark a document approved
 * without its approvers; by hand an approved document is signed, and a rejected one goes back to draft.
 */
const BY_HAND: Record<DocumentStatus, readonly DocumentStatus[]> = {
  DRAFT: [],
  IN_REVIEW: [],
  APPROVED: ['SIGNED'],
  REJECTED: ['DRAFT'],
  SIGNED: [],
};

export function statusesSettableByHand(current: DocumentStatus): readonly DocumentStatus[] {
  return BY_HAND[current];
}

export function assertStatusSettableByHand(current: DocumentStatus, next: DocumentStatus): void {
  if (next === current || BY_HAND[current].includes(next)) return;
  throw AppError.badInput(
    'status',
    `cannot go from ${current} to ${next} by hand: submitForReview starts a review, the approvers approve or reject, ` +
      'and by hand an APPROVED document becomes SIGNED and a REJECTED one DRAFT again',
  );
}

/** A new document starts as a draft; review and approval come through the workflow. */
export function assertNewDocumentStatus(status: DocumentStatus | undefined): void {
  if (status !== undefined && status !== 'DRAFT') {
    throw AppError.badInput('status', 'a new document starts as DRAFT; submitForReview sends it for approval');
  }
}
