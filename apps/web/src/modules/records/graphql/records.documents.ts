import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  AccountData,
  AccountsData,
  AccountsVars,
  CaseData,
  DealData,
  DocumentData,
  EmployeesData,
  IdVars,
  UpdateAccountVars,
  UpdateCaseVars,
  UpdateDealVars,
  UpdateDocumentVars,
} from 'src/modules/records/graphql/records.types';

const EMPLOYEE_SUMMARY = gql`
  fragment EmployeeSummary on Employee {
    id
    name
    handle
    title
  }
`;

export const ACCOUNT_QUERY: TypedDocumentNode<AccountData, IdVars> = gql`
  query Account($id: ID!) {
    account(id: $id) {
      id
      name
      industry
      tier
      visibility
      followersCount
      isFollowedByMe
      owner {
        ...EmployeeSummary
      }
      deals {
        id
        name
        stage
        amount
        closeDate
      }
      cases {
        id
        subject
        status
        priority
      }
      documents {
        id
        title
        kind
        status
      }
    }
  }
  ${EMPLOYEE_SUMMARY}
`;

export const DEAL_QUERY: TypedDocumentNode<DealData, IdVars> = gql`
  query Deal($id: ID!) {
    deal(id: $id) {
      id
      name
      stage
      amount
      closeDate
      visibility
      followersCount
      isFollowedByMe
      owner {
        ...EmployeeSummary
      }
      account {
        id
        name
      }
    }
  }
  ${EMPLOYEE_SUMMARY}
`;

export const CASE_QUERY: TypedDocumentNode<CaseData, IdVars> = gql`
  query Case($id: ID!) {
    case(id: $id) {
      id
      subject
      status
      priority
      visibility
      createdAt
      followersCount
      isFollowedByMe
      owner {
        ...EmployeeSummary
      }
      account {
        id
        name
      }
    }
  }
  ${EMPLOYEE_SUMMARY}
`;

export const DOCUMENT_QUERY: TypedDocumentNode<DocumentData, IdVars> = gql`
  query Document($id: ID!) {
    document(id: $id) {
      id
      title
      kind
      status
      visibility
      followersCount
      isFollowedByMe
      owner {
        ...EmployeeSummary
      }
      account {
        id
        name
      }
      deal {
        id
        name
      }
    }
  }
  ${EMPLOYEE_SUMMARY}
`;

export const ACCOUNTS_QUERY: TypedDocumentNode<AccountsData, AccountsVars> = gql`
  query Accounts($search: String, $first: Int!) {
    accounts(search: $search, first: $first) {
      id
      name
      industry
      tier
      owner {
        id
        name
      }
    }
  }
`;

export const EMPLOYEES_QUERY: TypedDocumentNode<EmployeesData, Record<string, never>> = gql`
  query Employees {
    employees {
      ...EmployeeSummary
    }
  }
  ${EMPLOYEE_SUMMARY}
`;

// Each update asks back for the fields its page shows, so the cache refreshes the page.
export const UPDATE_ACCOUNT: TypedDocumentNode<{ updateAccount: { id: string } }, UpdateAccountVars> = gql`
  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, input: $input) {
      id
      tier
      owner {
        ...EmployeeSummary
      }
    }
  }
  ${EMPLOYEE_SUMMARY}
`;

export const UPDATE_DEAL: TypedDocumentNode<{ updateDeal: { id: string } }, UpdateDealVars> = gql`
  mutation UpdateDeal($id: ID!, $input: UpdateDealInput!) {
    updateDeal(id: $id, input: $input) {
      id
      stage
      amount
      closeDate
      owner {
        ...EmployeeSummary
      }
    }
  }
  ${EMPLOYEE_SUMMARY}
`;

export const UPDATE_CASE: TypedDocumentNode<{ updateCase: { id: string } }, UpdateCaseVars> = gql`
  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!) {
    updateCase(id: $id, input: $input) {
      id
      status
      priority
      owner {
        ...EmployeeSummary
      }
    }
  }
  ${EMPLOYEE_SUMMARY}
`;

export const UPDATE_DOCUMENT: TypedDocumentNode<
  { updateDocument: { id: string } },
  UpdateDocumentVars
> = gql`
  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {
    updateDocument(id: $id, input: $input) {
      id
      status
      owner {
        ...EmployeeSummary
      }
    }
  }
  ${EMPLOYEE_SUMMARY}
`;
