import { Client } from 'pg';
import request from 'supertest';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { createAccount, createDeal, createEmployee, loginAdmin, TestEmployee } from '../factories/org';

/** Production mode: abusive documents are refused before any resolver runs, errors say nothing inside. */
describe('GraphQL hardening in production mode', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;
  let rep: TestEmployee;
  let deal: string;

  beforeAll(async () => {
    db = await createTestDatabase('hardening');
    api = await startApi(db.url, { NODE_ENV: 'production' });
    rep = await createEmployee(api.url, await loginAdmin(api.url), 'Rep');
    deal = await createDeal(api.url, rep, await createAccount(api.url, rep));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await api?.stop();
    await db?.drop();
  });

  const posts = async () => Number((await pg.query<{ count: string }>(`SELECT count(*) FROM activities WHERE kind = 'POST'`)).rows[0].count);
  const postMutation = (alias = '') => `${alias}post(input: { subjectId: "${deal}", body: "hello" }) { id }`;

  it('refuses a query 12 levels deep without running it', async () => {
    const before = await posts();
    const deep = `mutation { post(input: { subjectId: "${deal}", body: "deep" }) {
      comments { author { teams { members { teams { members { teams { members { teams { members { name } } } } } } } } } } } }`;
    const result = await gql(api.url, deep, {}, rep.token);
    expect(result.errors?.[0].message).toMatch(/depth/i);
    expect(await posts()).toBe(before);
  });

  it('refuses 100 aliases without running any of them', async () => {
    const before = await posts();
    const aliased = `mutation { ${Array.from({ length: 100 }, (_, i) => postMutation(`p${i}: `)).join('\n')} }`;
    const result = await gql(api.url, aliased, {}, rep.token);
    expect(result.errors?.[0].message).toMatch(/alias/i);
    expect(await posts()).toBe(before);
  });

  it('refuses a batched array POST', async () => {
    const before = await posts();
    const res = await request(api.url)
      .post('/graphql')
      .set('authorization', `Bearer ${rep.token}`)
      .set('content-type', 'application/json')
      .send([{ query: `mutation { ${postMutation()} }` }, { query: `mutation { ${postMutation()} }` }]);
    expect(res.status).toBe(400);
    expect(await posts()).toBe(before);
  });

  it('refuses introspection and does not suggest field names', async () => {
    const schema = await gql(api.url, '{ __schema { types { name } } }', {}, rep.token);
    expect(schema.data).toBeUndefined();
    expect(schema.errors?.[0].message).toMatch(/introspection/i);
    const typo = await gql(api.url, '{ mee { id } }', {}, rep.token);
    expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it('caps page sizes: past 100 names `first`; a huge page is refused by the cost limit first', async () => {
    const over = await gql(api.url, '{ feed(first: 101) { edges { cursor } } }', {}, rep.token);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const huge = await gql(api.url, '{ feed(first: 10000) { edges { cursor } } }', {}, rep.token);
    expect(huge.data).toBeUndefined();
    expect(huge.errors?.[0].message).toMatch(/cost limit/i);
  });

  it('answers an internal failure with a generic message and an error id, no SQL and no stack', async () => {
    const { post } = await gqlOk<{ post: { id: string } }>(api.url, `mutation { ${postMutation()} }`, {}, rep.token);
    await pg.query('ALTER TABLE comments RENAME TO comments_away');
    let errorId: string;
    try {
      const result = await gql(api.url, `mutation($a: ID!) { comment(activityId: $a, body: "hi") { id } }`, { a: post.id }, rep.token);
      const error = result.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.extensions?.errorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(error?.message).toContain(error?.extensions?.errorId);
      expect(JSON.stringify(result)).not.toMatch(/comments|relation|INSERT|QueryFailedError|\bat \w+ \(/);
      expect(result.status).toBeLessThan(500);
      errorId = String(error?.extensions?.errorId);
    } finally {
      await pg.query('ALTER TABLE comments_away RENAME TO comments');
    }
    // The details are in the server log, under the same id.
    for (let tries = 0; !api.output().includes(errorId); tries++) {
      if (tries > 50) throw new Error(`the failure was not logged:\n${api.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  it('logs refused input as nothing worse than a warning', async () => {
    const refused = await gql(api.url, '{ feed(first: 0) { edges { cursor } } }', {}, rep.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    // Barrier: an internal failure is logged as an error after the refusal; once it is in the log, so is anything the refusal logged.
    await pg.query('ALTER TABLE comments RENAME TO comments_away');
    try {
      const { post } = await gqlOk<{ post: { id: string } }>(api.url, `mutation { ${postMutation()} }`, {}, rep.token);
      const failed = await gql(api.url, `mutation($a: ID!) { comment(activityId: $a, body: "hi") { id } }`, { a: post.id }, rep.token);
      const errorId = String(failed.errors?.[0].extensions?.errorId);
      for (let tries = 0; !api.output().includes(errorId); tries++) {
        if (tries > 50) throw new Error(`the failure was not logged:\n${api.output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await pg.query('ALTER TABLE comments_away RENAME TO comments');
    }
    expect(api.output()).toMatch(/"level":50/);
    expect(api.output()).not.toMatch(/"level":50[^\n]*must be between/);
  });
});
