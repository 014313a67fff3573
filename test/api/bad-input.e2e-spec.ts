import { Client } from 'pg';
import { ApiServer, startApi, TEST_JWT_SECRET } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { RecordingSocket } from '../support/socket';
import { createAccount, createDeal, createEmployee, loginAdmin, TestEmployee } from '../factories/org';
import jwt from 'jsonwebtoken';

/** Bad input gets a clear error naming the field, never a 500, and writes nothing. */
describe('bad input', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;
  let member: TestEmployee;
  let dealId: string;

  beforeAll(async () => {
    db = await createTestDatabase('bad_input');
    api = await startApi(db.url);
    const admin = await loginAdmin(api.url);
    member = await createEmployee(api.url, admin, 'Member');
    dealId = await createDeal(api.url, member, await createAccount(api.url, member), { stage: 'PROPOSAL' });
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await api?.stop();
    await db?.drop();
  });

  /** Row counts of every table a write could touch. */
  const snapshot = async () => {
    // count(*) is a bigint, which node-postgres hands over as a string.
    const { rows } = await pg.query<{ activities: string; employees: string; deals: string; follows: string; stage: string | null }>(
      `SELECT (SELECT count(*) FROM activities) AS activities, (SELECT count(*) FROM employees) AS employees,
              (SELECT count(*) FROM deals) AS deals, (SELECT count(*) FROM follows) AS follows,
              (SELECT stage FROM deals WHERE id = $1) AS stage`,
      [dealId],
    );
    return rows[0];
  };

  it('names `stage` and lists the allowed stages for an unknown stage, in variables or inline', async () => {
    const before = await snapshot();
    const viaVariables = await gql(api.url, `mutation($id: ID!, $input: UpdateDealInput!) { updateDeal(id: $id, input: $input) { id } }`, { id: dealId, input: { stage: 'WON_BIG' } }, member.token);
    const inline = await gql(api.url, `mutation { updateDeal(id: "${dealId}", input: { stage: WON_BIG }) { id } }`, {}, member.token);
    for (const result of [viaVariables, inline]) {
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
      expect(result.errors?.[0].message).toMatch(/^stage: "WON_BIG" is not a valid DealStage\. Use one of: PROSPECTING, .*CLOSED_LOST\.$/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an update of a missing deal', async () => {
    const before = await snapshot();
    const result = await gql(api.url, `mutation { updateDeal(id: "deal_0193a0b41c2d7e3f8a9b0c1d2e3f4a5b", input: { stage: CLOSED_WON }) { id } }`, {}, member.token);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('answers UNAUTHENTICATED without a token, and with a forged one', async () => {
    const anonymous = await gql(api.url, `{ me { id } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = jwt.sign({ sub: member.id, ver: 0 }, 'not-the-server-secret-not-the-server-secret', { issuer: 'tidings' });
    const result = await gql(api.url, `mutation { updateDeal(id: "${dealId}", input: { stage: CLOSED_WON }) { id } }`, {}, forged);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await snapshot()).stage).toBe('PROPOSAL');
  });

  it('refuses a socket with no token, a bad token or an expired one, at connect', async () => {
    const expired = jwt.sign({ sub: member.id, ver: 0, exp: Math.floor(Date.now() / 1000) - 60 }, TEST_JWT_SECRET, { issuer: 'tidings' });
    for (const token of [undefined, 'garbage', expired]) {
      await expect(RecordingSocket.connect(api.url, token)).rejects.toThrow(/sign in|not valid|expired/i);
    }
  });

  it('answers FORBIDDEN when a member calls createEmployee, and creates nobody', async () => {
    const before = await snapshot();
    const result = await gql(
      api.url,
      `mutation { createEmployee(input: { email: "sneaky@example.test", name: "Sneaky", password: "long enough password", role: ADMIN }) { id } }`,
      {},
      member.token,
    );
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it('names the field for out-of-range and blank values, and writes nothing', async () => {
    const before = await snapshot();
    const negative = await gql(api.url, `mutation { updateDeal(id: "${dealId}", input: { amount: -1 }) { id } }`, {}, member.token);
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const blank = await gql(api.url, `mutation { updateDeal(id: "${dealId}", input: { name: "   " }) { id } }`, {}, member.token);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const badDate = await gql(api.url, `mutation { updateDeal(id: "${dealId}", input: { closeDate: "next tuesday" }) { id } }`, {}, member.token);
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closeDate' });
    const badOwner = await gql(api.url, `mutation { updateDeal(id: "${dealId}", input: { ownerId: "emp_nobody", stage: CLOSED_WON }) { id } }`, {}, member.token);
    expect(badOwner.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
    const badCursor = await gql(api.url, `{ feed(after: "bm9wZQ") { edges { cursor } } }`, {}, member.token);
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps bidi overrides and control characters out of names and posts', async () => {
    const admin = await loginAdmin(api.url);
    const created = await gqlOk<{ createEmployee: { name: string } }>(
      api.url,
      `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { name } }`,
      { i: { email: 'spoof@example.test', name: 'Bo\u202Enahc\u0007', password: 'long enough password', role: 'MEMBER' } },
      admin.token,
    );
    expect(created.createEmployee.name).toBe('Bonahc');
    const post = await gqlOk<{ post: { body: string } }>(
      api.url,
      `mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { body } }`,
      { s: dealId, b: 'Pay \u202Eto Bo\u0008 now' },
      member.token,
    );
    expect(post.post.body).toBe('Pay to Bo now');
    // NUL is not stripped but refused: PostgreSQL text cannot hold it, wherever it is sent.
    const nul = await gql(api.url, `mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { body } }`, { s: dealId, b: 'Pay\u0000' }, member.token);
    expect(nul.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
  });
});
