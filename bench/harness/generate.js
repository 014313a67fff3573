'use strict';
// Data at scale, generated set-based in SQL with a progress bar. Ids follow the product's shape and
// are derived from a number (benchId) so scenarios can address them; every employee signs in
// with a minted token.
const { createHash } = require('node:crypto');
const { progress } = require('./util');

/** Fixed subjects the scenarios use. */
/** Generated ids look like the product's (`deal_` + 32 hex digits): bench_id('deal', 7) in SQL. */
const benchId = (prefix, n) => `${prefix}_${createHash('md5').update(`${prefix}${n}`).digest('hex')}`;

const FIXTURE = {
  readers: [1, 2, 3, 4].map((n) => benchId('emp', n)), // same feed, to stay under the per-employee query budget
  owner: benchId('emp', 1),
  account: benchId('acc', 'bench'),
  deal1k: benchId('deal', 'bench-1k'),
  deal10k: benchId('deal', 'bench-10k'),
  team1k: benchId('team', 'bench-1k'),
  team10k: benchId('team', 'bench-10k'),
  // followers of the 1k deal are employees firstFollower…+999; of the 10k deal, the same and 9,000 more
  firstFollower: 11,
};
const READER_ENTRIES = 25_000;
const FAN = 40; // feed entries per generated activity

async function inChunks(pool, label, total, chunk, sql) {
  progress(label, 0, total);
  for (let lo = 1; lo <= total; lo += chunk) {
    const hi = Math.min(total, lo + chunk - 1);
    await pool.query(sql, [lo, hi]);
    progress(label, hi, total);
  }
}

async function generate(pool, scale) {
  const E = scale.employees;
  const T = Math.max(1, Math.ceil(E / 50));
  const nAcc = Math.max(1, Math.floor(scale.records / 5));
  const nDeal = Math.max(1, Math.floor((scale.records * 2) / 5));
  const nCase = Math.max(1, Math.floor(scale.records / 5));
  const nDoc = Math.max(1, scale.records - nAcc - nDeal - nCase);
  const A = Math.ceil(Math.max(0, scale.entries - READER_ENTRIES * FIXTURE.readers.length) / FAN);
  if (E < FIXTURE.firstFollower + 10_000) throw new Error(`--employees must be at least ${FIXTURE.firstFollower + 10_000}`);
  const started = Date.now();
  await pool.query(`CREATE FUNCTION bench_id(prefix text, n anyelement) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT prefix || '_' || md5(prefix || n::text) $$`);

  await inChunks(pool, 'employees', E, 20_000, `
    INSERT INTO employees (id, email, name, handle, role, password_hash)
    SELECT bench_id('emp', i), 'b' || i || '@bench.test', 'Bench Person ' || i, 'b' || i, 'MEMBER', 'minted-tokens-only'
    FROM generate_series($1::int, $2::int) i`);
  await pool.query(`
    INSERT INTO teams (id, name, handle) SELECT bench_id('team', t), 'Team ' || t, 'team-b' || t FROM generate_series(1, $1::int) t;
    `.replace('$1::int', String(T)));
  await inChunks(pool, 'team memberships', E, 50_000, `
    INSERT INTO team_members (team_id, employee_id) SELECT bench_id('team', (i % ${T} + 1)), bench_id('emp', i) FROM generate_series($1::int, $2::int) i`);

  const owner = (k) => `bench_id('emp', ((${k} * 31) % ${E} + 1))`;
  const team = (k) => `bench_id('team', (${k} % ${T} + 1))`;
  const vis = (k) => `CASE WHEN ${k} % 10 = 0 THEN 'PRIVATE' ELSE 'PUBLIC' END`;
  await inChunks(pool, 'accounts', nAcc, 20_000, `
    INSERT INTO accounts (id, name, tier, owner_id, owning_team_id, visibility, created_by)
    SELECT bench_id('acc', k), 'Account ' || k, 'SMB', ${owner('k')}, ${team('k')}, ${vis('k')}, ${owner('k')} FROM generate_series($1::int, $2::int) k`);
  await inChunks(pool, 'deals', nDeal, 20_000, `
    INSERT INTO deals (id, account_id, name, stage, amount, owner_id, owning_team_id, visibility, created_by)
    SELECT bench_id('deal', k), bench_id('acc', (k % ${nAcc} + 1)), 'Deal ' || k, 'PROPOSAL', 1000 * k, ${owner('k')}, ${team('k')}, ${vis('k')}, ${owner('k')}
    FROM generate_series($1::int, $2::int) k`);
  await inChunks(pool, 'cases', nCase, 20_000, `
    INSERT INTO cases (id, account_id, subject, status, priority, owner_id, owning_team_id, visibility, created_by)
    SELECT bench_id('case', k), bench_id('acc', (k % ${nAcc} + 1)), 'Case ' || k, 'OPEN', 'MEDIUM', ${owner('k')}, ${team('k')}, ${vis('k')}, ${owner('k')}
    FROM generate_series($1::int, $2::int) k`);
  await inChunks(pool, 'documents', nDoc, 20_000, `
    INSERT INTO documents (id, account_id, title, kind, status, owner_id, owning_team_id, visibility, created_by)
    SELECT bench_id('doc', k), bench_id('acc', (k % ${nAcc} + 1)), 'Document ' || k, 'RFP', 'DRAFT', ${owner('k')}, ${team('k')}, ${vis('k')}, ${owner('k')}
    FROM generate_series($1::int, $2::int) k`);

  // The scenario subjects: team-private deals under a public account, followed by their teams.
  await pool.query(`
    INSERT INTO teams (id, name, handle) VALUES ('${FIXTURE.team1k}', 'Bench 1k', 'bench-1k'), ('${FIXTURE.team10k}', 'Bench 10k', 'bench-10k');
    INSERT INTO team_members (team_id, employee_id)
      SELECT '${FIXTURE.team1k}', bench_id('emp', i) FROM generate_series(${FIXTURE.firstFollower}, ${FIXTURE.firstFollower + 999}) i
      UNION ALL SELECT '${FIXTURE.team10k}', bench_id('emp', i) FROM generate_series(${FIXTURE.firstFollower}, ${FIXTURE.firstFollower + 9_999}) i;
    INSERT INTO accounts (id, name, tier, owner_id, visibility, created_by) VALUES ('${FIXTURE.account}', 'Bench Corp', 'STRATEGIC', '${FIXTURE.owner}', 'PUBLIC', '${FIXTURE.owner}');
    INSERT INTO deals (id, account_id, name, stage, owner_id, owning_team_id, visibility, created_by) VALUES
      ('${FIXTURE.deal1k}', '${FIXTURE.account}', 'Bench Renewal 1k', 'PROSPECTING', '${FIXTURE.owner}', '${FIXTURE.team1k}', 'PRIVATE', '${FIXTURE.owner}'),
      ('${FIXTURE.deal10k}', '${FIXTURE.account}', 'Bench Renewal 10k', 'PROSPECTING', '${FIXTURE.owner}', '${FIXTURE.team10k}', 'PRIVATE', '${FIXTURE.owner}');
    INSERT INTO follows (employee_id, subject_id, created_at)
      SELECT employee_id, CASE team_id WHEN '${FIXTURE.team1k}' THEN '${FIXTURE.deal1k}' ELSE '${FIXTURE.deal10k}' END, now() - interval '400 days'
      FROM team_members WHERE team_id IN ('${FIXTURE.team1k}', '${FIXTURE.team10k}');
  `);
  // Everyone follows a couple of records, as people do.
  await inChunks(pool, 'follows', E, 50_000, `
    INSERT INTO follows (employee_id, subject_id, created_at)
    SELECT bench_id('emp', i), bench_id('deal', ((i * 7) % ${nDeal} + 1)), now() - interval '400 days' FROM generate_series($1::int, $2::int) i
    UNION ALL SELECT bench_id('emp', i), bench_id('acc', ((i * 11) % ${nAcc} + 1)), now() - interval '400 days' FROM generate_series($1::int, $2::int) i
    ON CONFLICT DO NOTHING`);

  // Activities, oldest first, 30 s apart, already delivered (history, not a queue for the dispatcher).
  await pool.query('CREATE UNLOGGED TABLE IF NOT EXISTS bench_activity_index (n int PRIMARY KEY, id uuid NOT NULL, created_at timestamptz NOT NULL)');
  const totalActivities = A + READER_ENTRIES;
  await inChunks(pool, 'activities', totalActivities, 25_000, `
    INSERT INTO activities (id, kind, actor_id, subject_id, related_subject_ids, body, changes, created_at, delivered_at, updated_at)
    SELECT gen_random_uuid(), 'RECORD_CHANGE', bench_id('emp', ((n * 13) % ${E} + 1)), bench_id('deal', (n % ${nDeal} + 1)),
           ARRAY[bench_id('acc', ((n % ${nDeal} + 1) % ${nAcc} + 1)), bench_id('emp', ((n * 13) % ${E} + 1))],
           'Deal ' || (n % ${nDeal} + 1) || ': stage Proposal → Negotiation',
           '[{"field":"stage","from":"PROPOSAL","to":"NEGOTIATION"}]'::jsonb, t, t, t
    FROM generate_series($1::int, $2::int) n, LATERAL (SELECT now() - interval '30 seconds' * (${totalActivities} - n + 10) AS t) s`);
  // Activity n (1 = oldest), for the entries below.
  await pool.query(`INSERT INTO bench_activity_index (n, id, created_at)
    SELECT row_number() OVER (ORDER BY created_at, id), id, created_at FROM activities`);

  // Feed entries: FAN employees per generated activity; the readers get the newest READER_ENTRIES.
  await inChunks(pool, 'feed entries', A, Math.max(1, Math.floor(250_000 / FAN)), `
    INSERT INTO feed_entries (employee_id, created_at, activity_id)
    SELECT bench_id('emp', (((x.n::bigint * ${FAN} + k) * 7919) % ${E} + 1)), x.created_at, x.id
    FROM bench_activity_index x, generate_series(0, ${FAN - 1}) k WHERE x.n BETWEEN $1 AND $2
    ON CONFLICT DO NOTHING`);
  await inChunks(pool, 'feed entries of the readers', READER_ENTRIES, 25_000, `
    INSERT INTO feed_entries (employee_id, created_at, activity_id)
    SELECT r, x.created_at, x.id FROM bench_activity_index x, unnest($3::text[]) r
    WHERE x.n BETWEEN ${A} + $1 AND ${A} + $2 ON CONFLICT DO NOTHING`.replace('$3::text[]', `ARRAY[${FIXTURE.readers.map((r) => `'${r}'`).join(',')}]`));
  // Conversation on every 4th activity: two comments and two reactions.
  await inChunks(pool, 'comments and reactions', totalActivities, 50_000, `
    WITH picked AS (SELECT * FROM bench_activity_index WHERE n BETWEEN $1 AND $2 AND n % 4 = 0),
    c AS (
      INSERT INTO comments (id, activity_id, author_id, body, created_at)
      SELECT gen_random_uuid(), p.id, bench_id('emp', ((p.n * 17 + j) % ${E} + 1)), 'Noted, thanks ' || j, p.created_at + interval '1 minute' * j
      FROM picked p, generate_series(1, 2) j RETURNING 1
    )
    INSERT INTO reactions (id, activity_id, employee_id, reaction)
    SELECT gen_random_uuid(), p.id, bench_id('emp', ((p.n * 19 + j) % ${E} + 1)), 'LIKE' FROM picked p, generate_series(1, 2) j
    ON CONFLICT DO NOTHING`);
  process.stdout.write('analyzing… ');
  await pool.query('ANALYZE');
  const { rows } = await pool.query(`SELECT (SELECT count(*) FROM feed_entries)::bigint AS entries, (SELECT count(*) FROM employees)::int AS employees,
    (SELECT count(*) FROM accounts) + (SELECT count(*) FROM deals) + (SELECT count(*) FROM cases) + (SELECT count(*) FROM documents) AS records,
    (SELECT count(*) FROM activities)::int AS activities`);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { entries: Number(rows[0].entries), employees: rows[0].employees, records: Number(rows[0].records), activities: rows[0].activities, generationSeconds: Math.round((Date.now() - started) / 1000) };
}

module.exports = { generate, benchId, FIXTURE, READER_ENTRIES };
