#!/usr/bin/env node
// route_mentions_per_s: N negative complaints from N different customers, stored as ingest stores
// them (matched, not routed yet), then scored (VADER sentiment, rules + naive Bayes intent,
// influence), filed under their personas, routed by the default rules and turned into cases for the
// account's support team (HIGH for the clearly negative ones) with a running response clock; timed from the commit of the stored
// mentions until every one is routed and on its case. Beside it, the floor: a bare set-based INSERT of
// the same mention and case rows into tables shaped like social_mentions and cases. Prints one JSON row.
// Usage (after npm run build): node bench/route-mentions.js [--mentions 2000]
// Uses DATABASE_URL's server (a throwaway database) or an embedded PostgreSQL.
'use strict';
const { randomUUID } = require('node:crypto');
const { startOwnApi } = require('./harness/own-api');
const { parseArgs } = require('./harness/util');

const args = parseArgs(process.argv.slice(2));
const MENTIONS = Number(args.mentions ?? 2000);
const ACCOUNTS = 50;
const TIMEOUT_MS = 10 * 60 * 1000;
const COMPLAINTS = [
  'Exports have failed all morning and support never answers. This is unacceptable',
  'Still broken: login fails after the update. Terrible service, really disappointed',
  'Three weeks waiting on a reply from support. Awful, we want a refund',
  'The dashboard is down again and nobody responds. Worst outage this year',
];

function mention(i, accounts) {
  return {
    id: randomUUID(),
    externalId: `route-${i}`,
    handle: `unhappy_${i}`,
    followers: (i * 37) % 50_000,
    text: `${COMPLAINTS[i % COMPLAINTS.length]} (#${i})`,
    postedAt: new Date(Date.now() - (MENTIONS - i) * 1000).toISOString(),
    accountId: accounts[i % accounts.length],
  };
}

const INSERT_MENTIONS = (table, routed) => `
  INSERT INTO ${table} (id, network, external_id, direction, author_handle, author_name, author_followers, author_verified, text, posted_at, raw, account_id, match_confidence${routed ? ', sentiment, intent, priority, case_id, routed_at' : ''})
  SELECT id, 'x', e, 'INBOUND', h, h, f, false, t, p, '{}', a, 1${routed ? ", -0.6, 'COMPLAINT', 'HIGH', c, now()" : ''}
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::timestamptz[], $7::text[]${routed ? ', $8::text[]' : ''}) AS x(id, e, h, f, t, p, a${routed ? ', c' : ''})`;

async function main() {
  const { url, db, token, gql, stop } = await startOwnApi({ label: 'route', env: { SOCIAL_ROUTING_SWEEP_MS: '100' } });
  try {
    const me = (await gql(url, '{ me { id } }', {}, token)).me.id;
    const team = (await gql(url, 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }', { input: { name: 'Support', handle: 'support', memberIds: [me] } }, token)).createTeam.id;
    const accounts = [];
    for (let a = 0; a < ACCOUNTS; a++) {
      accounts.push((await gql(url, 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { name: `Customer ${a}`, supportTeamId: team } }, token)).createAccount.id);
    }
    const rows = Array.from({ length: MENTIONS }, (_, i) => mention(i, accounts));
    const columns = [rows.map((m) => m.id), rows.map((m) => m.externalId), rows.map((m) => m.handle), rows.map((m) => m.followers), rows.map((m) => m.text), rows.map((m) => m.postedAt), rows.map((m) => m.accountId)];

    // Stored as ingest leaves them: matched, unrouted. The routing stage's sweep picks them up.
    await db.query(INSERT_MENTIONS('social_mentions', false), columns);
    const started = process.hrtime.bigint();
    for (;;) {
      const { rows: [state] } = await db.query(
        `SELECT (SELECT count(*) FROM social_mentions WHERE direction = 'INBOUND' AND routed_at IS NULL)::int AS unrouted,
                (SELECT count(*) FROM social_mentions WHERE direction = 'INBOUND' AND case_id IS NOT NULL)::int AS on_cases`,
      );
      if (state.unrouted === 0 && state.on_cases >= MENTIONS) break;
      if (Number(process.hrtime.bigint() - started) / 1e6 > TIMEOUT_MS) throw new Error(`routing stalled: ${JSON.stringify(state)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const { rows: [made] } = await db.query(
      `SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM cases WHERE priority = 'HIGH' AND owning_team_id = $1)::int AS high_for_support,
              (SELECT count(*) FROM case_sla_clocks WHERE stopped_at IS NULL)::int AS clocks`,
      [team],
    );
    if (made.cases !== MENTIONS || made.clocks !== MENTIONS) throw new Error(`expected ${MENTIONS} cases with a clock each, got ${JSON.stringify(made)}`);

    // The floor: the same mention and case rows, already decided, written straight into look-alike tables.
    await db.query('CREATE TABLE bench_raw_mentions (LIKE social_mentions INCLUDING DEFAULTS INCLUDING INDEXES)');
    await db.query('CREATE TABLE bench_raw_cases (LIKE cases INCLUDING DEFAULTS INCLUDING INDEXES)');
    const caseIds = rows.map((_, i) => `case_bench${i}`);
    const rawStarted = process.hrtime.bigint();
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO bench_raw_cases (id, account_id, subject, status, priority, owner_id, owning_team_id, visibility, created_by)
       SELECT c, a, left(t, 80), 'NEW', 'HIGH', $3, $4, 'PUBLIC', $3 FROM unnest($1::text[], $2::text[], $5::text[]) AS x(c, a, t)`,
      [caseIds, columns[6], me, team, columns[4]],
    );
    await db.query(INSERT_MENTIONS('bench_raw_mentions', true), [columns[0].map(() => randomUUID()), ...columns.slice(1), caseIds]);
    await db.query('COMMIT');
    const rawSeconds = Number(process.hrtime.bigint() - rawStarted) / 1e9;

    const value = Math.round(MENTIONS / seconds);
    const raw = Math.round(MENTIONS / rawSeconds);
    process.stderr.write(
      `route: ${MENTIONS} complaints scored, routed and made ${made.cases} support cases (${made.high_for_support} HIGH) with ${made.clocks} clocks in ${(seconds * 1000).toFixed(0)} ms; raw INSERT ${(rawSeconds * 1000).toFixed(0)} ms\n`,
    );
    process.stdout.write(
      `${JSON.stringify({ id: 'route_mentions_per_s', metric: 'mentions scored, routed and turned into cases (with clocks) per second', unit: 'mentions/s', value, raw, ratio: Math.round((value / raw) * 1000) / 1000, goal: null, pass: null })}\n`,
    );
  } finally {
    await stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
