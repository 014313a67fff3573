import { graphql } from 'src/gql';

export const DOCUMENT_FILES_FIELDS = graphql(`
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
`);

export const DOCUMENT_FILES_QUERY = graphql(`
  query DocumentFiles($id: ID!) {
    document(id: $id) {
      ...DocumentFilesFields
    }
  }
`);

export const VERSION_DIFF_QUERY = graphql(`
  query VersionDiff($documentId: ID!, $from: Int!, $to: Int!) {
    versionDiff(documentId: $documentId, from: $from, to: $to) {
      summary
      blocks {
        op
        text
      }
    }
  }
`);

// Each step asks back for the fields the page shows, so the cache refreshes the panel.
export const SUBMIT_FOR_REVIEW = graphql(`
  mutation SubmitForReview($documentId: ID!, $approverIds: [ID!]!) {
    submitForReview(documentId: $documentId, approverIds: $approverIds) {
      ...DocumentFilesFields
    }
  }
`);

export const APPROVE_DOCUMENT = graphql(`
  mutation ApproveDocument($documentId: ID!, $comment: String) {
    approveDocument(documentId: $documentId, comment: $comment) {
      ...DocumentFilesFields
    }
  }
`);

export const REJECT_DOCUMENT = graphql(`
  mutation RejectDocument($documentId: ID!, $comment: String!) {
    rejectDocument(documentId: $documentId, comment: $comment) {
      ...DocumentFilesFields
    }
  }
`);
