// Hand-written result types for the record documents (codegen is not set up yet).
import type {
  AccountTier,
  CasePriority,
  CaseStatus,
  DealStage,
  DocumentKind,
  DocumentStatus,
} from 'src/modules/records/utils/labels';
import type { SubjectRef } from 'src/modules/feed/graphql/feed.types';

export type Visibility = 'PUBLIC' | 'PRIVATE';

export interface EmployeeSummary {
  __typename?: 'Employee';
  id: string;
  name: string;
  handle: string;
  title: string | null;
}

export interface Followable {
  id: string;
  followersCount: number;
  isFollowedByMe: boolean;
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface DealSummary {
  id: string;
  name: string;
  stage: DealStage;
  amount: number;
  closeDate: string | null;
}

export interface CaseSummary {
  id: string;
  subject: string;
  status: CaseStatus;
  priority: CasePriority;
}

export interface DocumentSummary {
  id: string;
  title: string;
  kind: DocumentKind;
  status: DocumentStatus;
}

export interface AccountDetail extends Followable {
  __typename?: 'Account';
  name: string;
  industry: string | null;
  tier: AccountTier;
  visibility: Visibility;
  owner: EmployeeSummary;
  deals: DealSummary[];
  cases: CaseSummary[];
  documents: DocumentSummary[];
}

export interface DealDetail extends Followable, DealSummary {
  __typename?: 'Deal';
  visibility: Visibility;
  owner: EmployeeSummary;
  account: NamedRef;
}

export interface CaseDetail extends Followable, CaseSummary {
  __typename?: 'Case';
  visibility: Visibility;
  createdAt: string;
  owner: EmployeeSummary;
  account: NamedRef;
}

export interface DocumentDetail extends Followable, DocumentSummary {
  __typename?: 'Document';
  visibility: Visibility;
  owner: EmployeeSummary;
  account: NamedRef | null;
  deal: NamedRef | null;
}

export interface AccountListItem {
  id: string;
  name: string;
  industry: string | null;
  tier: AccountTier;
  owner: { id: string; name: string };
}

export type IdVars = { id: string };

export interface AccountData {
  account: AccountDetail;
}
export interface DealData {
  deal: DealDetail;
}
export interface CaseData {
  case: CaseDetail;
}
export interface DocumentData {
  document: DocumentDetail;
}
export interface AccountsData {
  accounts: AccountListItem[];
}
export type AccountsVars = { search?: string | null; first: number };
export interface EmployeesData {
  employees: EmployeeSummary[];
}
export interface FollowingData {
  following: SubjectRef[];
}

export type UpdateAccountVars = {
  id: string;
  input: { tier?: AccountTier; ownerId?: string };
};
export type UpdateDealVars = {
  id: string;
  input: { stage?: DealStage; ownerId?: string };
};
export type UpdateCaseVars = {
  id: string;
  input: { status?: CaseStatus; priority?: CasePriority; ownerId?: string };
};
export type UpdateDocumentVars = {
  id: string;
  input: { status?: DocumentStatus; ownerId?: string };
};
export type SubjectVars = { subjectId: string };
export interface FollowData {
  follow: boolean;
}
export interface UnfollowData {
  unfollow: boolean;
}
