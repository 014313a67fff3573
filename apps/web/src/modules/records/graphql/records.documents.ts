import { graphql } from 'src/gql';

export const EMPLOYEE_SUMMARY = graphql(`
  fragment EmployeeSummary on Employee {
    id
    name
    handle
    title
  }
`);

export const ACCOUNT_QUERY = graphql(`
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
`);

export const DEAL_QUERY = graphql(`
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
`);

export const CASE_QUERY = graphql(`
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
`);

export const DOCUMENT_QUERY = graphql(`
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
`);

export const ACCOUNTS_QUERY = graphql(`
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
`);

export const EMPLOYEES_QUERY = graphql(`
  query Employees {
    employees {
      ...EmployeeSummary
    }
  }
`);

// Each update asks back for the fields its page shows, so the cache refreshes the page.
export const UPDATE_ACCOUNT = graphql(`
  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, input: $input) {
      id
      tier
      owner {
        ...EmployeeSummary
      }
    }
  }
`);

export const UPDATE_DEAL = graphql(`
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
`);

export const UPDATE_CASE = graphql(`
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
`);

export const UPDATE_DOCUMENT = graphql(`
  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {
    updateDocument(id: $id, input: $input) {
      id
      status
      owner {
        ...EmployeeSummary
      }
    }
  }
`);
