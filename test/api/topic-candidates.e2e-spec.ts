import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { createAccount, createDeal, createEmployee, loginAdmin, TestEmployee } from '../factories/org';

/** `#` autocomplete lists the topics one knows through something one can open, most used first. */
describe('topic candidates', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let ana: TestEmployee;
  let bo: TestEmployee;

  beforeAll(async () => {
    db = await createTestDatabase('topic_candidates');
    api = await startApi(db.url);
    const admin = await loginAdmin(api.url);
    [ana, bo] = await Promise.all(['Ana', 'Bo'].map((n) => createEmployee(api.url, admin, n)));
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  const post = (who: TestEmployee, subjectId: string, body: string) =>
    gqlOk(api.url, 'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }', { s: subjectId, b: body }, who.token);
  const candidates = async (who: TestEmployee, prefix: string) =>
    (await gqlOk<{ topicCandidates: Array<{ name: string }> }>(api.url, 'query($p: String!) { topicCandidates(prefix: $p) { name } }', { p: prefix }, who.token)).topicCandidates.map(
      (t) => t.name,
    );

  it('suggests topics by prefix, most used first, and never one named only where the asker cannot look', async () => {
    const open = await createDeal(api.url, ana, await createAccount(api.url, ana));
    const secret = await createDeal(api.url, ana, await createAccount(api.url, ana, { visibility: 'PRIVATE' }));
    await post(ana, open, 'Kickoff #Renewal-Q3 and #renegotiation');
    await post(ana, open, 'Still on #Renewal-Q3');
    await post(ana, secret, 'Confidential #rentcontrol');

    expect(await candidates(bo, '#ren')).toEqual(['Renewal-Q3', 'renegotiation']);
    expect(await candidates(ana, 'ren')).toEqual(['Renewal-Q3', 'renegotiation', 'rentcontrol']);
    expect(await candidates(bo, 'rentc')).toEqual([]);
    // "%" and "_" are letters here, not patterns.
    expect(await candidates(bo, '%')).toEqual([]);
  });

  it('names the argument on bad input', async () => {
    const tooMany = await gql(api.url, '{ topicCandidates(prefix: "re", first: 21) { name } }', {}, bo.token);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const tooLong = await gql(api.url, 'query($p: String!) { topicCandidates(prefix: $p) { name } }', { p: 'x'.repeat(51) }, bo.token);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefix' });
  });
});
