import { Client } from 'pg';
import request from 'supertest';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { createAccount, createCase, createDeal, createEmployee, loginAdmin, TestEmployee } from '../factories/org';

/** A GraphQL answer with the statement count the API adds when asked for diagnostics. */
type DiagnosedAnswer = { errors?: unknown; data: { search: { edges: unknown[] } }; extensions: { diagnostics: { sqlStatements: number } } };

interface Hit {
  kind: string;
  subjectId: string;
  subject: { id: string; kind: string; name: string } | null;
  activityId: string | null;
  commentId: string | null;
  actor: { id: string } | null;
  createdAt: string;
  snippet: string;
  highlights: Array<{ start: number; length: number }>;
  rank: number;
}

interface SearchPage {
  edges: Array<{ cursor: string; node: Hit }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const SEARCH = `query($query: String!, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) {
    edges { cursor node {
      kind subjectId subject { id kind name } activityId commentId actor { id }
      createdAt snippet highlights { start length } rank
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The words a client would wrap in <mark>. */
const marked = (hit: Hit) => hit.highlights.map((r) => hit.snippet.slice(r.start, r.start + r.length));

/** Full-text search: finds and highlights what people wrote, ranks it, pages it, and never shows what the searcher cannot open. */
describe('search', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;
  let admin: TestEmployee;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let outsider: TestEmployee;

  beforeAll(async () => {
    db = await createTestDatabase('search');
    api = await startApi(db.url);
    admin = await loginAdmin(api.url);
    [ana, bo, outsider] = await Promise.all(['Ana', 'Bo', 'Outsider'].map((n) => createEmployee(api.url, admin, n)));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await api?.stop();
    await db?.drop();
  });

  const search = async (who: TestEmployee, query: string, args: { first?: number; after?: string } = {}) =>
    (await gqlOk<{ search: SearchPage }>(api.url, SEARCH, { query, ...args }, who.token)).search;
  const hits = async (who: TestEmployee, query: string) => (await search(who, query, { first: 50 })).edges.map((e) => e.node);
  const post = async (who: TestEmployee, subjectId: string, body: string) =>
    (await gqlOk<{ post: { id: string } }>(api.url, `mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }`, { s: subjectId, b: body }, who.token))
      .post.id;
  const comment = async (who: TestEmployee, activityId: string, body: string) =>
    (await gqlOk<{ comment: { id: string } }>(api.url, `mutation($a: ID!, $b: String!) { comment(activityId: $a, body: $b) { id } }`, { a: activityId, b: body }, who.token))
      .comment.id;
  const share = (verb: 'shareRecord' | 'unshareRecord', recordId: string, employeeId: string) =>
    gqlOk(api.url, `mutation($r: ID!, $e: ID!) { ${verb}(recordId: $r, employeeId: $e) }`, { r: recordId, e: employeeId }, ana.token);

  it('finds a word in a comment and highlights exactly that word', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana));
    const postId = await post(ana, deal, 'Kickoff with the customer on Monday');
    const commentId = await comment(bo, postId, 'They asked about marmalade pricing twice, so bring the sheet');

    const found = await hits(outsider, 'marmalade');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'COMMENT', commentId, activityId: postId, subjectId: deal, actor: { id: bo.id } });
    expect(found[0].subject).toMatchObject({ id: deal, kind: 'DEAL' });
    expect(found[0].snippet).toContain('They asked about marmalade pricing twice');
    // eslint-disable-next-line no-control-regex -- the headline sentinels are control characters; none may survive
    expect(found[0].snippet).not.toMatch(/[<>\u0001\u0002]/);
    expect(marked(found[0])).toEqual(['marmalade']);

    // Another form of the word finds it too, and the highlight is still the word as written.
    expect(marked((await hits(outsider, 'Marmalades'))[0])).toEqual(['marmalade']);
  });

  it('finds posts and record names, and the last word while it is still being typed', async () => {
    const account = await createAccount(api.url, ana, { name: 'Gondolier Holdings' });
    const caseId = await createCase(api.url, ana, account, { subject: 'Gondolier login outage' });
    const { createDocument } = await gqlOk<{ createDocument: { id: string } }>(
      api.url,
      `mutation($a: ID!) { createDocument(input: { title: "Gondolier master services agreement", kind: CONTRACT, accountId: $a }) { id } }`,
      { a: account },
      ana.token,
    );
    const postId = await post(ana, account, 'The zeppelin forecast for next quarter is ready');

    const postHits = await hits(bo, 'zeppelin');
    expect(postHits).toHaveLength(1);
    expect(postHits[0]).toMatchObject({ kind: 'POST', activityId: postId, commentId: null, subjectId: account, actor: { id: ana.id } });
    expect(marked(postHits[0])).toEqual(['zeppelin']);

    const records = await hits(bo, 'gondolier');
    expect(records.map((h) => [h.kind, h.subjectId, h.subject?.kind]).sort()).toEqual(
      [
        ['RECORD', account, 'ACCOUNT'],
        ['RECORD', caseId, 'CASE'],
        ['RECORD', createDocument.id, 'DOCUMENT'],
      ].sort(),
    );
    const accountHit = records.find((h) => h.subjectId === account)!;
    expect(accountHit.snippet).toBe('Gondolier Holdings');
    expect(marked(accountHit)).toEqual(['Gondolier']);

    // Search as you type: the unfinished last word matches as a prefix, after complete words.
    expect((await hits(bo, 'zeppel')).map((h) => h.activityId)).toEqual([postId]);
    expect((await hits(bo, 'forecast zep')).map((h) => h.activityId)).toEqual([postId]);
    expect(await hits(bo, 'forecast -zeppelin')).toEqual([]);
  });

  it("never shows a private deal's name, posts, comments or social mentions to someone who cannot open it, and follows sharing", async () => {
    const account = await createAccount(api.url, ana, { name: 'Harbour Freight' });
    const deal = await createDeal(api.url, ana, account, { name: 'Xylophone renewal', visibility: 'PRIVATE' });
    const postId = await post(ana, deal, 'Xylophone pricing call moved to noon');
    await comment(ana, postId, 'Legal sent the xylophone redlines');
    const privateAccount = await createAccount(api.url, ana, { name: 'Quiet Harbour', visibility: 'PRIVATE' });
    // Social mentions arrive through connectors; written here as the connector writes them.
    await pg.query(
      `INSERT INTO activities (id, kind, subject_id, body, created_at, delivered_at)
       VALUES (gen_random_uuid(), 'SOCIAL_MENTION', $1, 'Loving the new xylophone from @quietharbour', now(), now())`,
      [privateAccount],
    );
    const kinds = async (who: TestEmployee) => (await hits(who, 'xylophone')).map((h) => h.kind).sort();
    const everything = ['COMMENT', 'POST', 'RECORD', 'SOCIAL_MENTION'];

    expect(await kinds(ana)).toEqual(everything);
    const hidden = await search(bo, 'xylophone', { first: 50 });
    expect(hidden).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(await kinds(outsider)).toEqual([]);
    // Not through another word of the same query either.
    expect((await hits(outsider, 'xylophone OR harbour')).map((h) => h.subjectId)).toEqual([account]);

    await share('shareRecord', deal, bo.id);
    expect(await kinds(bo)).toEqual(['COMMENT', 'POST', 'RECORD']);
    await share('shareRecord', privateAccount, bo.id);
    expect(await kinds(bo)).toEqual(everything);

    await share('unshareRecord', deal, bo.id);
    await share('unshareRecord', privateAccount, bo.id);
    expect(await search(bo, 'xylophone', { first: 50 })).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(await kinds(outsider)).toEqual([]);
    expect(await kinds(ana)).toEqual(everything);
  });

  it('does not find removed posts and comments, nor the comments under a removed post', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana));
    const first = await post(ana, deal, 'A quokka was seen near the office');
    const underFirst = await comment(bo, first, 'Another quokka this morning');
    const second = await post(ana, deal, 'Nothing to see here');
    const underSecond = await comment(bo, second, 'Except a quokka');
    const found = async () => (await hits(outsider, 'quokka')).map((h) => h.commentId ?? h.activityId).sort();
    expect(await found()).toEqual([first, underFirst, underSecond].sort());

    // The delete mutations are written elsewhere: remove the way they do, by tombstone.
    await pg.query('UPDATE comments SET deleted_at = now() WHERE id = $1', [underSecond]);
    expect(await found()).toEqual([first, underFirst].sort());
    await pg.query('UPDATE activities SET deleted_at = now() WHERE id = $1', [first]);
    expect(await found()).toEqual([]);
  });

  it('ranks the most relevant first and pages through every hit once, without gaps', async () => {
    const deal = await createDeal(api.url, ana, await createAccount(api.url, ana));
    const bodies = [
      'walrus',
      'The walrus walrus walrus report',
      'walrus again',
      'walrus again',
      'walrus again',
      'Notes on the walrus and the walrus migration',
      'one walrus among many other words in a rather long sentence about the quarterly plan',
    ];
    for (const body of bodies) await post(ana, deal, body);

    const all = await search(bo, 'walrus', { first: 50 });
    expect(all.edges).toHaveLength(bodies.length);
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(all.edges[0].node.snippet).toBe('The walrus walrus walrus report');
    const ranks = all.edges.map((e) => e.node.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));

    const paged: string[] = [];
    let after: string | undefined;
    for (let pages = 0; ; pages++) {
      const page = await search(bo, 'walrus', { first: 2, after });
      paged.push(...page.edges.map((e) => e.node.activityId!));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(2);
      after = page.pageInfo.endCursor!;
      if (pages > 10) throw new Error('paging does not end');
    }
    expect(paged).toEqual(all.edges.map((e) => e.node.activityId));
    expect(new Set(paged).size).toBe(bodies.length);
  });

  it('reads a page with subjects and actors in a fixed number of statements', async () => {
    const statementsFor = async (first: number) => {
      const res = await request(api.url)
        .post('/graphql')
        .set('authorization', `Bearer ${bo.token}`)
        .set('x-tidings-diagnostics', '1')
        .send({ query: SEARCH, variables: { query: 'walrus', first } });
      const body = res.body as DiagnosedAnswer;
      expect(body.errors).toBeUndefined();
      expect(body.data.search.edges).toHaveLength(first);
      return body.extensions.diagnostics.sqlStatements;
    };
    expect(await statementsFor(2)).toBe(await statementsFor(7));
  });

  it('refuses bad input naming the field, and never fails on query syntax', async () => {
    const refused = async (variables: Record<string, unknown>) => {
      const result = await gql(api.url, SEARCH, variables, bo.token);
      expect(result.data).toBeFalsy();
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return result.errors?.[0].extensions?.field;
    };
    expect(await refused({ query: '' })).toBe('query');
    expect(await refused({ query: '   ' })).toBe('query');
    expect(await refused({ query: 'walrus '.repeat(30) })).toBe('query');
    expect(await refused({ query: 'walrus', first: 0 })).toBe('first');
    expect(await refused({ query: 'walrus', first: 51 })).toBe('first');
    expect(await refused({ query: 'walrus', after: 'not-a-cursor' })).toBe('after');
    expect(await refused({ query: 'walrus', after: Buffer.from('[1,"2026-01-01",null]').toString('base64url') })).toBe('after');
    expect(await refused({ query: '\u0000walrus' })).toBe('query');

    for (const query of ['"unterminated', '-', 'OR', 'walrus:*', '&|!()', "o'neil \\ <-> :", 'walrus & !', '🦭', '\u0001walrus']) {
      const result = await gql<{ search: SearchPage }>(api.url, SEARCH, { query }, bo.token);
      expect({ query, status: result.status, errors: result.errors }).toEqual({ query, status: 200, errors: undefined });
    }
    // Only stop words: nothing to look for, so nothing found.
    expect(await search(bo, 'the and of')).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });

    const anonymous = await gql(api.url, SEARCH, { query: 'walrus' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
