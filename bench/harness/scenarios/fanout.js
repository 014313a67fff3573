'use strict';
// fanout_1k, fanout_10k: the product's audience INSERT (followers ∩ who may open a team-private
// deal) against a bare INSERT … SELECT of the same rows from follows. Each round runs in a
// transaction that is rolled back, so rounds do not see each other's entries.
const { join } = require('node:path');
const { median } = require('../util');
const { ROOT } = require('../environment');

// What the dispatcher runs for a first delivery (feed-fanout.service.ts).
const { FIRST_AUDIENCE_INSERT: AUDIENCE_INSERT } = require(join(ROOT, 'apps', 'api', 'dist', 'modules', 'feed', 'feed.sql.js'));
const RAW_INSERT = `
  INSERT INTO feed_entries (employee_id, activity_id, created_at)
  SELECT f.employee_id, a.id, a.created_at FROM activities a JOIN follows f ON f.subject_id = a.subject_id
  WHERE a.id = ANY($1::uuid[]) ON CONFLICT DO NOTHING`;

async function insertActivities(client, deal, fixture, count) {
  const { rows } = await client.query(
    `INSERT INTO activities (id, kind, actor_id, subject_id, related_subject_ids, body, changes, created_at, delivered_at, updated_at)
     SELECT gen_random_uuid(), 'RECORD_CHANGE', $2, $1, ARRAY[$3, $2], 'Bench: stage moved', '[{"field":"stage","from":"PROPOSAL","to":"NEGOTIATION"}]',
            clock_timestamp(), clock_timestamp(), clock_timestamp()
     FROM generate_series(1, $4::int) RETURNING id`,
    [deal, fixture.owner, fixture.account, count],
  );
  return rows.map((r) => r.id);
}

async function measure(pool, sql, deal, fixture, perRound, rounds) {
  const rates = [];
  let rowsPerRound = 0;
  const client = await pool.connect();
  try {
    for (let r = 0; r < rounds; r++) {
      await client.query('BEGIN');
      const ids = await insertActivities(client, deal, fixture, perRound);
      const t0 = performance.now();
      const result = await client.query(sql, [ids]);
      const ms = performance.now() - t0;
      await client.query('ROLLBACK');
      rowsPerRound = result.rowCount;
      rates.push(result.rowCount / (ms / 1000));
      if (process.env.BENCH_DEBUG) console.log(`  ${result.rowCount} rows in ${ms.toFixed(0)} ms`);
    }
  } finally {
    client.release();
  }
  return { rate: median(rates), rows: rowsPerRound };
}

function scenario(id, followers, dealKey) {
  return {
    name: id,
    ids: [id],
    async run(ctx) {
      const { pool } = ctx.env;
      const deal = ctx.fixture[dealKey];
      const perRound = Math.max(1, Math.round(10_000 / followers));
      const rounds = ctx.quick ? 5 : 9;
      await measure(pool, AUDIENCE_INSERT, deal, ctx.fixture, perRound, 1); // warm caches and plans
      await measure(pool, RAW_INSERT, deal, ctx.fixture, perRound, 1);
      const product = await measure(pool, AUDIENCE_INSERT, deal, ctx.fixture, perRound, rounds);
      const raw = await measure(pool, RAW_INSERT, deal, ctx.fixture, perRound, rounds);
      return [
        {
          id,
          metric: `fan-out rows/s, ${perRound} ${perRound === 1 ? "activity" : "activities"} on a team-private deal with ${followers.toLocaleString('en')} followers (${product.rows.toLocaleString('en')} entries a round)`,
          unit: 'rows/s',
          value: Math.round(product.rate),
          raw: Math.round(raw.rate),
          ratioRule: 'value ÷ raw',
          goal: 'ratio ≥ 0.5',
          check: (ratio) => ratio >= 0.5,
          explain: { sql: AUDIENCE_INSERT, setup: (client) => insertActivities(client, deal, ctx.fixture, perRound) },
        },
      ];
    },
  };
}

module.exports = [scenario('fanout_1k', 1_000, 'deal1k'), scenario('fanout_10k', 10_000, 'deal10k')];
