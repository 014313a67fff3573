'use strict';
// feed_page1_*, feed_deep_* and feed_statements: a GraphQL feed page of 20 with actors, subjects,
// comment counts and reactions over HTTP with a token, against a bare node:http handler answering
// the same page from the same keyset query plus one batched query through pg.
const http = require('node:http');
const { join } = require('node:path');
const jwt = require('jsonwebtoken');
const { freePort, gql, percentile } = require('../util');
const { JWT_SECRET, ROOT, tokenFor } = require('../environment');

const { FOLLOWING_PAGE } = require(join(ROOT, 'apps', 'api', 'dist', 'modules', 'feed', 'feed.sql.js'));
const { encodeFeedCursor } = require(join(ROOT, 'apps', 'api', 'dist', 'modules', 'feed', 'cursor.util.js'));

const PAGE = `query($first: Int, $after: String) { feed(first: $first, after: $after) { edges { cursor node {
  id kind createdAt subjectId body changes { field from to } actor { id name } subject { id name }
  commentCount reactions { reaction count reactedByMe } } } pageInfo { endCursor hasNextPage } } }`;
const KEYSET = `
  SELECT a.id, a.kind, a.actor_id, a.subject_id, a.body, a.changes, a.created_at FROM feed_entries fe JOIN activities a ON a.id = fe.activity_id
  WHERE fe.employee_id = $1 AND ($2::timestamptz IS NULL OR (fe.created_at, fe.activity_id) < ($2::timestamptz, $3::uuid))
  ORDER BY fe.created_at DESC, fe.activity_id DESC LIMIT 20`;
const BATCH = `
  SELECT
    (SELECT coalesce(json_object_agg(e.id, e.name), '{}') FROM employees e WHERE e.id = ANY($1)) AS actors,
    (SELECT coalesce(json_object_agg(s.id, s.name), '{}') FROM (
      SELECT id, name FROM deals WHERE id = ANY($2) UNION ALL SELECT id, name FROM accounts WHERE id = ANY($2)
      UNION ALL SELECT id, subject FROM cases WHERE id = ANY($2) UNION ALL SELECT id, title FROM documents WHERE id = ANY($2)) s) AS subjects,
    (SELECT coalesce(json_object_agg(c.activity_id, c.n), '{}') FROM (SELECT activity_id, count(*) AS n FROM comments WHERE activity_id = ANY($3::uuid[]) GROUP BY 1) c) AS comments,
    (SELECT coalesce(json_agg(r), '[]') FROM (SELECT activity_id, reaction, count(*) AS n, bool_or(employee_id = $4) AS mine
      FROM reactions WHERE activity_id = ANY($3::uuid[]) AND comment_id IS NULL GROUP BY 1, 2) r) AS reactions`;

/** The raw reference: token check, keyset page, one batched query, JSON. */
async function startBareFeed(pool) {
  const port = await freePort();
  const server = http.createServer(async (req, res) => {
    try {
      const claims = jwt.verify((req.headers.authorization ?? '').slice(7), JWT_SECRET, { algorithms: ['HS256'], issuer: 'tidings' });
      const after = new URL(req.url, 'http://x').searchParams.get('after');
      const [at, id] = after ? JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) : [null, null];
      const page = (await pool.query(KEYSET, [claims.sub, at, id])).rows;
      const extra = (await pool.query(BATCH, [page.map((r) => r.actor_id), page.map((r) => r.subject_id), page.map((r) => r.id), claims.sub])).rows[0];
      const edges = page.map((a) => ({
        cursor: encodeFeedCursor({ createdAt: a.created_at, id: a.id }),
        node: { ...a, actor: { id: a.actor_id, name: extra.actors[a.actor_id] }, subject: { id: a.subject_id, name: extra.subjects[a.subject_id] },
          commentCount: extra.comments[a.id] ?? 0, reactions: extra.reactions.filter((r) => r.activity_id === a.id) },
      }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { feed: { edges } } }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

const timeIt = async (work) => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

const feed = {
  name: 'feed',
  ids: ['feed_page1_p50', 'feed_page1_p99', 'feed_deep_p50', 'feed_deep_p99', 'feed_statements'],
  async run(ctx) {
    const { env, fixture } = ctx;
    const readers = fixture.readers.map((id) => ({ id, token: tokenFor(id) }));
    const { rows: deepRows } = await env.pool.query(
      'SELECT created_at, activity_id FROM feed_entries WHERE employee_id = $1 ORDER BY created_at DESC, activity_id DESC OFFSET 19999 LIMIT 1',
      [readers[0].id],
    );
    const deep = deepRows[0];
    const deepCursor = encodeFeedCursor({ createdAt: deep.created_at, id: deep.activity_id });
    const bare = await startBareFeed(env.pool);
    const rounds = ctx.quick ? 60 : 200;
    const results = {};
    try {
      for (const [label, after] of [['page1', null], ['deep', deepCursor]]) {
        const product = [];
        const raw = [];
        const sqlOnly = [];
        for (let i = -5; i < rounds; i++) {
          const reader = readers[(i + 5) % readers.length];
          const p = await timeIt(async () => {
            const body = await gql(env.url, PAGE, { first: 20, after }, reader.token);
            if (body.data.feed.edges.length !== 20) throw new Error(`the product answered ${body.data.feed.edges.length} items`);
          });
          const r = await timeIt(async () => {
            const res = await fetch(`${bare.url}/feed${after ? `?after=${after}` : ''}`, { headers: { authorization: `Bearer ${reader.token}` } });
            const body = await res.json();
            if (body.data.feed.edges.length !== 20) throw new Error('the bare handler answered a short page');
          });
          const s = await timeIt(() => env.pool.query(KEYSET, [reader.id, after ? deep.created_at : null, after ? deep.activity_id : null]));
          if (i >= 0) {
            product.push(p);
            raw.push(r);
            sqlOnly.push(s);
          }
          ctx.progress(`feed pages (${label})`, i + 6, rounds + 5);
        }
        results[label] = { product, raw, sqlOnly };
      }
      const statements = async (first) => {
        const body = await gql(env.url, PAGE, { first }, readers[0].token, { 'x-tidings-diagnostics': '1' });
        return body.extensions.diagnostics.sqlStatements;
      };
      const [two, twenty] = [await statements(2), await statements(20)];

      const explainFor = (after) => ({
        sql: FOLLOWING_PAGE,
        params: [readers[0].id, 20, after ? deep.created_at : null, after ? deep.activity_id : null],
      });
      const rowsFor = (label, title, after) => {
        const { product, raw, sqlOnly } = results[label];
        const [v50, v99, r50, r99] = [percentile(product, 50), percentile(product, 99), percentile(raw, 50), percentile(raw, 99)];
        const sql = { p50: percentile(sqlOnly, 50), p99: percentile(sqlOnly, 99) };
        return [
          { id: `feed_${label}_p50`, metric: `${title}, median`, unit: 'ms', value: v50, raw: r50, sql_only: sql.p50, ratioRule: 'raw ÷ value', goal: 'p50 ≤ 3 × raw', check: () => v50 <= 3 * r50, explain: explainFor(after) },
          { id: `feed_${label}_p99`, metric: `${title}, 99th percentile`, unit: 'ms', value: v99, raw: r99, sql_only: sql.p99, ratioRule: 'raw ÷ value', goal: 'p99 ≤ 4 × raw', check: () => v99 <= 4 * r99, explain: explainFor(after) },
        ];
      };
      return [
        ...rowsFor('page1', `GraphQL feed page of 20 with actors, subjects, comments and reactions, over HTTP, ${ctx.scale.entries.toLocaleString('en')} entries`, null),
        ...rowsFor('deep', 'the same, 20,000 entries deep', deepCursor),
        { id: 'feed_statements', metric: 'SQL statements per feed page: 20 items (value) and 2 items (raw)', unit: 'statements', value: twenty, raw: two, ratioRule: 'raw ÷ value', goal: 'equal', check: () => two === twenty },
      ];
    } finally {
      bare.stop();
    }
  },
};

module.exports = [feed];
