import { randomBytes } from 'node:crypto';
import { TEST_ADMIN } from '../support/api-server';
import { gqlOk } from '../support/graphql';

export interface TestEmployee {
  id: string;
  name: string;
  email: string;
  handle: string;
  token: string;
}

const EMPLOYEE_FIELDS = 'id name email handle';

export async function login(api: string, email: string, password: string): Promise<TestEmployee> {
  const data = await gqlOk<{ login: { token: string; employee: Omit<TestEmployee, 'token'> } }>(
    api,
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token employee { ${EMPLOYEE_FIELDS} } } }`,
    { email, password },
  );
  return { ...data.login.employee, token: data.login.token };
}

export const loginAdmin = (api: string) => login(api, TEST_ADMIN.email, TEST_ADMIN.password);

/** A new member (created by the admin) who is signed in. */
export async function createEmployee(api: string, admin: TestEmployee, name: string, teamIds: string[] = []): Promise<TestEmployee> {
  const handle = `${name.toLowerCase().replace(/[^a-z]/g, '')}${randomBytes(3).toString('hex')}`;
  const email = `${handle}@example.test`;
  const password = 'correct horse battery';
  await gqlOk(
    api,
    `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
    { input: { email, name, password, role: 'MEMBER', teamIds, handle } },
    admin.token,
  );
  return login(api, email, password);
}

export async function createTeam(api: string, admin: TestEmployee, name: string, memberIds: string[]): Promise<string> {
  const handle = `${name.toLowerCase().replace(/[^a-z]/g, '')}-${randomBytes(3).toString('hex')}`;
  const data = await gqlOk<{ createTeam: { id: string } }>(
    api,
    `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
    { input: { name, handle, memberIds } },
    admin.token,
  );
  return data.createTeam.id;
}

export async function createAccount(api: string, as: TestEmployee, input: Record<string, unknown> = {}): Promise<string> {
  const data = await gqlOk<{ createAccount: { id: string } }>(
    api,
    `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`,
    { input: { name: `Account ${randomBytes(3).toString('hex')}`, ...input } },
    as.token,
  );
  return data.createAccount.id;
}

export async function createDeal(api: string, as: TestEmployee, accountId: string, input: Record<string, unknown> = {}): Promise<string> {
  const data = await gqlOk<{ createDeal: { id: string } }>(
    api,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`,
    { input: { accountId, name: `Deal ${randomBytes(3).toString('hex')}`, stage: 'NEGOTIATION', amount: 10000, ...input } },
    as.token,
  );
  return data.createDeal.id;
}

export async function createCase(api: string, as: TestEmployee, accountId: string, input: Record<string, unknown> = {}): Promise<string> {
  const data = await gqlOk<{ createCase: { id: string } }>(
    api,
    `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
    { input: { accountId, subject: `Case ${randomBytes(3).toString('hex')}`, ...input } },
    as.token,
  );
  return data.createCase.id;
}

export async function follow(api: string, as: TestEmployee, subjectId: string): Promise<void> {
  await gqlOk(api, `mutation($id: ID!) { follow(subjectId: $id) }`, { id: subjectId }, as.token);
}

export async function unfollow(api: string, as: TestEmployee, subjectId: string): Promise<void> {
  await gqlOk(api, `mutation($id: ID!) { unfollow(subjectId: $id) }`, { id: subjectId }, as.token);
}

export async function moveDeal(api: string, as: TestEmployee, dealId: string, stage: string): Promise<void> {
  await gqlOk(api, `mutation($id: ID!, $stage: DealStage!) { updateDeal(id: $id, input: { stage: $stage }) { id } }`, { id: dealId, stage }, as.token);
}

export interface FeedPage {
  feed: {
    edges: Array<{ cursor: string; node: { id: string; kind: string; subjectId: string; body: string | null; changes: Array<{ field: string; from: string | null; to: string | null }> | null } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export async function feedOf(api: string, as: TestEmployee, args: { filter?: string; subjectId?: string; first?: number; after?: string } = {}): Promise<FeedPage['feed']> {
  const data = await gqlOk<FeedPage>(
    api,
    `query($filter: FeedFilter, $subjectId: ID, $first: Int, $after: String) {
      feed(filter: $filter, subjectId: $subjectId, first: $first, after: $after) {
        edges { cursor node { id kind subjectId body changes { field from to } } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    { filter: 'FOLLOWING', first: 20, ...args },
    as.token,
  );
  return data.feed;
}
