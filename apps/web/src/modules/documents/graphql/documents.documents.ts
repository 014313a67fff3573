import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DocumentFilesData, VersionDiffData, VersionDiffVars } from 'src/modules/documents/graphql/documents.types';

const DOCUMENT_FILES_FIELDS = gql`
  fragment DocumentFilesFields on Document {
    id
    status
    versions {
      version
      sha256
      size
      contentType
      fileName
      note
      summary
      createdAt
      downloadPath
      uploadedBy {
        id
        name
      }
    }
    review {
      round
      approvals {
        state
        comment
        decidedAt
        approver {
          id
          name
        }
      }
    }
  }
`;

export const DOCUMENT_FILES_QUERY: TypedDocumentNode<DocumentFilesData, { id: string }> = gql`
  query DocumentFiles($id: ID!) {
    document(id: $id) {
      ...DocumentFilesFields
    }
  }
  ${DOCUMENT_FILES_FIELDS}
`;

export const VERSION_DIFF_QUERY: TypedDocumentNode<VersionDiffData, VersionDiffVars> = gql`
  query VersionDiff($documentId: ID!, $from: Int!, $to: Int!) {
    versionDiff(documentId: $documentId, from: $from, to: $to) {
      summary
      blocks {
        op
        text
      }
    }
  }
`;

// Each step asks back for the fields the page shows, so the cache refreshes the panel.
export const SUBMIT_FOR_REVIEW: TypedDocumentNode<{ submitForReview: { id: string } }, { documentId: string; approverIds: string[] }> = gql`
  mutation SubmitForReview($documentId: ID!, $approverIds: [ID!]!) {
    submitForReview(documentId: $documentId, approverIds: $approverIds) {
      ...DocumentFilesFields
    }
  }
  ${DOCUMENT_FILES_FIELDS}
`;

export const APPROVE_DOCUMENT: TypedDocumentNode<{ approveDocument: { id: string } }, { documentId: string; comment: string | null }> = gql`
  mutation ApproveDocument($documentId: ID!, $comment: String) {
    approveDocument(documentId: $documentId, comment: $comment) {
      ...DocumentFilesFields
    }
  }
  ${DOCUMENT_FILES_FIELDS}
`;

export const REJECT_DOCUMENT: TypedDocumentNode<{ rejectDocument: { id: string } }, { documentId: string; comment: string }> = gql`
  mutation RejectDocument($documentId: ID!, $comment: String!) {
    rejectDocument(documentId: $documentId, comment: $comment) {
      ...DocumentFilesFields
    }
  }
  ${DOCUMENT_FILES_FIELDS}
`;
