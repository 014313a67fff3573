import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { createAccount, createDeal, login, loginAdmin, TestEmployee } from '../factories/org';

interface Candidate {
  id: string;
  kind: 'EMPLOYEE' | 'TEAM';
  handle: string;
  name: string;
  canOpenSubject: boolean | null;
}

const QUERY = `query($prefix: String!, $subjectId: ID, $first: Int) {
  mentionCandidates(prefix: $prefix, subjectId: $subjectId, first: $first) { id kind handle name canOpenSubject }
}`;

/** @mention autocomplete: who matches, in which order, and who a mention on a record would reach. */
describe('mentionCandidates', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let admin: TestEmployee;
  let ana: TestEmployee;
  let bo: TestEmployee;
  const ids: Record<string, string> = {};

  // Names and handles chosen so "marl" hits a handle, first and second name words, and a team.
  async function person(name: string, handle: string): Promise<TestEmployee> {
    const email = `${handle}@example.test`;
    await gqlOk(
      api.url,
      `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
      { input: { email, name, handle, password: 'correct horse battery', role: 'MEMBER' } },
      admin.token,
    );
    const signedIn = await login(api.url, email, 'correct horse battery');
    ids[handle] = signedIn.id;
    return signedIn;
  }

  const candidates = async (as: TestEmployee, vars: { prefix: string; subjectId?: string; first?: number }) =>
    (await gqlOk<{ mentionCandidates: Candidate[] }>(api.url, QUERY, vars, as.token)).mentionCandidates;

  beforeAll(async () => {
    db = await createTestDatabase('mention_candidates');
    api = await startApi(db.url);
    admin = await loginAdmin(api.url);
    ana = await person('Ana Silva', 'ana.silva');
    bo = await person('Bo Chen', 'bo');
    await person('Zed Marlow', 'marlowz');
    await person('Marla Quinn', 'mquinn');
    await person('Ivo Marlowe', 'ivo');
    await person('Omar Lund', 'omarl');
    const gone = await person('Ex Marley', 'marley');
    await gqlOk(api.url, 'mutation($id: ID!) { setEmployeeActive(employeeId: $id, active: false) { id } }', { id: gone.id }, admin.token);
    const team = await gqlOk<{ createTeam: { id: string } }>(
      api.url,
      'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      { input: { name: 'Marlin Desk', handle: 'desk-marlin', memberIds: [ids.ivo, ana.id] } },
      admin.token,
    );
    ids['desk-marlin'] = team.createTeam.id;
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('matches a handle or any word of a name, case-insensitively and after an "@", handle matches first, teams included', async () => {
    const found = await candidates(ana, { prefix: '@MARL' });
    expect(found.map((c) => [c.handle, c.kind])).toEqual([
      ['marlowz', 'EMPLOYEE'], // the handle starts with "marl"
      ['ivo', 'EMPLOYEE'], // "Ivo Marlowe": the second word of the name
      ['mquinn', 'EMPLOYEE'], // "Marla Quinn": the first word
      ['desk-marlin', 'TEAM'], // "Marlin Desk"
    ]);
    expect(found[0]).toEqual({ id: ids.marlowz, kind: 'EMPLOYEE', handle: 'marlowz', name: 'Zed Marlow', canOpenSubject: null });
    // "omarl" and "Omar Lund" only contain "marl"; they do not start with it.
    expect(found.map((c) => c.handle)).not.toContain('omarl');
  });

  it('leaves out people who were disabled', async () => {
    expect((await candidates(ana, { prefix: 'marle' })).map((c) => c.handle)).toEqual([]);
    expect((await candidates(ana, { prefix: 'ex' })).map((c) => c.handle)).toEqual([]);
  });

  it('returns at most `first`, the best first', async () => {
    expect((await candidates(ana, { prefix: 'marl', first: 2 })).map((c) => c.handle)).toEqual(['marlowz', 'ivo']);
  });

  it('takes LIKE wildcards in the prefix literally', async () => {
    expect(await candidates(ana, { prefix: 'm_rl' })).toEqual([]);
    expect(await candidates(ana, { prefix: '%' })).toEqual([]);
    expect(await candidates(ana, { prefix: '\\' })).toEqual([]);
  });

  it('tells, for a private deal, who can open it; a team can when one of its members can', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana), { visibility: 'PRIVATE' });
    await gqlOk(api.url, 'mutation($r: ID!, $e: ID) { shareRecord(recordId: $r, employeeId: $e) }', { r: deal, e: ids.mquinn }, ana.token);

    const found = await candidates(ana, { prefix: 'marl', subjectId: deal });
    expect(Object.fromEntries(found.map((c) => [c.handle, c.canOpenSubject]))).toEqual({
      marlowz: false,
      ivo: false,
      mquinn: true, // shared with her
      'desk-marlin': true, // Ana, a member, owns the deal
    });
    expect(await candidates(ana, { prefix: 'bo', subjectId: deal })).toMatchObject([{ handle: 'bo', canOpenSubject: false }]);

    const open = await createDeal(api.url, ana, await createAccount(api.url, ana));
    expect((await candidates(bo, { prefix: 'marl', subjectId: open })).map((c) => c.canOpenSubject)).toEqual([true, true, true, true]);
  });

  it('answers NOT_FOUND when the caller cannot open the subject, the same as for a missing one', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana), { visibility: 'PRIVATE' });
    const hidden = await gql(api.url, QUERY, { prefix: 'marl', subjectId: deal }, bo.token);
    const missing = await gql(api.url, QUERY, { prefix: 'marl', subjectId: 'deal_0193a1b2c3d4e5f60718293a4b5c6d7e' }, bo.token);
    expect(hidden.data).toBeFalsy();
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0]).toEqual(hidden.errors?.[0]);
  });

  it.each([0, 21, -1])('refuses first: %p, naming the field', async (first) => {
    const result = await gql(api.url, QUERY, { prefix: 'marl', first }, ana.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(result.errors?.[0].message).toMatch(/^first: /);
  });

  it('refuses anonymous callers', async () => {
    const result = await gql(api.url, QUERY, { prefix: 'marl' });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
