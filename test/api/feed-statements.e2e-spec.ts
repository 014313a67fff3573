import request from 'supertest';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { createAccount, createDeal, createEmployee, feedOf, follow, loginAdmin, moveDeal, TestEmployee } from '../factories/org';

/** A GraphQL answer with the statement count the API adds when asked for diagnostics. */
type DiagnosedAnswer = { errors?: unknown; data: { feed: { edges: unknown[] } }; extensions: { diagnostics: { sqlStatements: number } } };

const PAGE = `query($first: Int) {
  feed(first: $first) {
    edges { cursor node {
      id kind body changes { field from to } createdAt
      subject { id kind name }
      actor { id name handle teams { name } }
      commentCount editedAt deletedAt isBookmarkedByMe isMutedByMe
      reactions { reaction emoji count reactedByMe }
      mentions { id name accessible }
      topics { id name followersCount isFollowedByMe }
      comments { body editedAt author { name } reactions { reaction count reactedByMe } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A feed page costs the same number of SQL statements whatever its size (DataLoader batching). */
describe('feed page cost', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let reader: TestEmployee;

  beforeAll(async () => {
    db = await createTestDatabase('feed_statements');
    api = await startApi(db.url);
    const admin = await loginAdmin(api.url);
    reader = await createEmployee(api.url, admin, 'Reader');
    const writers = await Promise.all(['Ana', 'Bo', 'Cy'].map((name) => createEmployee(api.url, admin, name)));
    const stages = ['QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'PROSPECTING'];
    for (const [i, writer] of writers.entries()) {
      const deal = await createDeal(api.url, writer, await createAccount(api.url, writer), { stage: 'PROSPECTING' });
      await follow(api.url, reader, deal);
      for (const stage of stages) await moveDeal(api.url, writer, deal, stage);
      const post = await gqlOk<{ post: { id: string } }>(
        api.url,
        `mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }`,
        { s: deal, b: `Update ${i} for @${reader.handle} #pipeline #q${i}-review` },
        writer.token,
      );
      for (const commenter of writers) {
        const { comment } = await gqlOk<{ comment: { id: string } }>(api.url, `mutation($a: ID!) { comment(activityId: $a, body: "Noted") { id } }`, { a: post.post.id }, commenter.token);
        await gqlOk(api.url, `mutation($a: ID!, $c: ID) { react(activityId: $a, commentId: $c, reaction: LIKE) { count } }`, { a: post.post.id, c: comment.id }, reader.token);
      }
      for (const reaction of ['LIKE', 'CELEBRATE']) {
        await gqlOk(api.url, `mutation($a: ID!, $r: Reaction!) { react(activityId: $a, reaction: $r) { count } }`, { a: post.post.id, r: reaction }, reader.token);
      }
      await gqlOk(api.url, `mutation($a: ID!) { bookmark(activityId: $a) }`, { a: post.post.id }, reader.token);
    }
    // Wait for the fan-out: 3 deals x (4 moves + 1 post) reach the reader.
    for (let tries = 0; (await feedOf(api.url, reader, { first: 50 })).edges.length < 15; tries++) {
      if (tries > 100) throw new Error('fan-out did not finish');
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  const statementsFor = async (first: number) => {
    const res = await request(api.url)
      .post('/graphql')
      .set('authorization', `Bearer ${reader.token}`)
      .set('x-tidings-diagnostics', '1')
      .send({ query: PAGE, variables: { first } });
    const body = res.body as DiagnosedAnswer;
    expect(body.errors).toBeUndefined();
    expect(body.data.feed.edges).toHaveLength(first);
    return body.extensions.diagnostics.sqlStatements;
  };

  it('reads 2, 8 or 15 items with authors, teams, subjects, comments, reactions, mentions and topics in a fixed number of statements', async () => {
    const counts = [await statementsFor(2), await statementsFor(8), await statementsFor(15)];
    // One statement per kind of thing, not per item: the token check, the page, subjects, actors,
    // teams, comment counts, comments, reactions (activities' and comments' in one batch or two),
    // bookmarks, mutes, mentions and their names, topics and their followers. DataLoader may fold
    // batches that resolve in the same tick (comment authors with actors), hence a small spread.
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
    expect(Math.max(...counts)).toBeLessThanOrEqual(18);
  });

  it('does not hand out the count unless asked', async () => {
    const res = await request(api.url).post('/graphql').set('authorization', `Bearer ${reader.token}`).send({ query: PAGE, variables: { first: 2 } });
    expect((res.body as { extensions?: { diagnostics?: unknown } }).extensions?.diagnostics).toBeUndefined();
  });
});
