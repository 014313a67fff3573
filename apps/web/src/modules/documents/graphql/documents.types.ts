// Hand-written result types for the document files documents, following apps/api/schema.graphql.

export type DiffOp = 'ADDED' | 'REMOVED' | 'UNCHANGED';
export type ApprovalState = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface PersonName {
  __typename?: 'Employee';
  id: string;
  name: string;
}

export interface DocumentVersion {
  __typename?: 'DocumentVersion';
  version: number;
  sha256: string;
  size: number;
  contentType: string;
  fileName: string;
  note: string | null;
  summary: string;
  createdAt: string;
  downloadPath: string;
  uploadedBy: PersonName;
}

export interface DocumentApproval {
  __typename?: 'DocumentApproval';
  approver: PersonName;
  state: ApprovalState;
  comment: string | null;
  decidedAt: string | null;
}

export interface DocumentFiles {
  __typename?: 'Document';
  id: string;
  status: string;
  versions: DocumentVersion[];
  review: { __typename?: 'DocumentReview'; round: number; approvals: DocumentApproval[] } | null;
}

export interface DocumentFilesData {
  document: DocumentFiles;
}

export interface DiffBlock {
  op: DiffOp;
  text: string;
}

export interface VersionDiffData {
  versionDiff: { summary: string; blocks: DiffBlock[] };
}

export interface VersionDiffVars {
  documentId: string;
  from: number;
  to: number;
}
