#!/usr/bin/env node
// ingest_mentions_per_s: 10,000 generic social mentions sent to the built API in signed batches,
// each verified, stored in the inbox, normalised, matched to an account and fanned out to its
// followers (5 per account, offline: their feed entries are written, no socket is pushed), timed
// from the first request until every mention's activity is delivered; beside a raw INSERT of the
// same rows into a table shaped like social_mentions. A warm-up burst of 1,000 runs first, then
// ANALYZE. The routing stage runs as in production and yields to the burst. Prints one JSON row.
// Usage (after npm run build): node bench/ingest-mentions.js [--mentions 10000] [--batch 1000]
// Uses DATABASE_URL's server (a throwaway database) or an embedded PostgreSQL.
'use strict';
const { createHmac } = require('node:crypto');
const { startOwnApi } = require('./harness/own-api');
const { parseArgs } = require('./harness/util');

const args = parseArgs(process.argv.slice(2));
const MENTIONS = Number(args.mentions ?? 10_000);
const BATCH = Number(args.batch ?? 1000);
const ACCOUNTS = 50;
const FOLLOWERS_PER_ACCOUNT = 5;
const WARM_UP = 1000;
const GOAL = 5000;
const SECRET = 'bench-social-secret-0123456789abcdef';

// What customers say in a busy hour: mostly praise, some questions, a few complaints (which the
// routing stage turns into cases beside the measured path).
const TEXTS = [
  (i) => `Thanks @customer_${i % ACCOUNTS}, the export finished in record time, love it (${i})`,
  (i) => `Great support today, the new dashboard is brilliant! #${i}`,
  (i) => `Really happy with the onboarding call, thank you team (${i})`,
  (i) => `How do I export my invoices to CSV? (${i})`,
  (i) => `The sync failed again and nobody answers, very disappointed (${i})`,
];

function mention(i) {
  return {
    externalId: `bench-${i}`,
    network: 'x',
    author: { handle: `customer_${i % ACCOUNTS}`, name: `Customer ${i % ACCOUNTS}`, followers: i % 5000, verified: false },
    text: TEXTS[i % TEXTS.length](i),
    url: `https://x.example/status/${i}`,
    postedAt: new Date(Date.UTC(2026, 2, 2, 12, 0, 0) + i * 1000).toISOString(),
    lang: 'en',
  };
}

async function main() {
  const { url, db, token, password: PASSWORD, gql, stop } = await startOwnApi({
    label: 'ingest',
    env: { SOCIAL_WEBHOOK_SECRET: SECRET, INTEGRATIONS_SWEEP_MS: '200' },
  });
  try {
    const followers = [];
    for (let f = 0; f < FOLLOWERS_PER_ACCOUNT; f++) {
      const data = await gql(url, 'mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }', { input: { email: `f${f}@bench.test`, name: `Follower ${f}`, password: PASSWORD, role: 'MEMBER' } }, token);
      const t = (await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: `f${f}@bench.test`, p: PASSWORD })).login.token;
      followers.push({ id: data.createEmployee.id, token: t });
    }
    for (let a = 0; a < ACCOUNTS; a++) {
      const id = (await gql(url, 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { name: `Customer ${a}`, socialHandles: [{ network: 'X', handle: `customer_${a}` }] } }, token)).createAccount.id;
      for (const f of followers) await gql(url, 'mutation($id: ID!) { follow(subjectId: $id) }', { id }, f.token);
    }

    const sign = (body) => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
    const send = (from, count) => {
      const bodies = [];
      for (let i = from; i < from + count; i += BATCH) bodies.push(JSON.stringify(Array.from({ length: Math.min(BATCH, from + count - i) }, (_, k) => mention(i + k))));
      return Promise.all(
        bodies.map(async (body) => {
          const res = await fetch(`${url}/api/integrations/social/generic`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tidings-signature': sign(body) }, body });
          if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
        }),
      );
    };
    // Done when no inbox event waits and no mention's activity waits for its fan-out (with
    // `everything`, also no routing and no other activity): partial-index probes every 10 ms, so
    // the waiting costs the server next to nothing.
    const settled = async (everything) => {
      for (;;) {
        const { rows } = await db.query(
          `SELECT EXISTS (SELECT 1 FROM integration_inbox WHERE processed_at IS NULL)
               OR EXISTS (SELECT 1 FROM activities WHERE delivered_at IS NULL AND (kind = 'SOCIAL_MENTION' OR $1))
               OR ($1 AND EXISTS (SELECT 1 FROM social_mentions WHERE routed_at IS NULL)) AS busy`,
          [everything],
        );
        if (!rows[0].busy) return;
        await new Promise((r) => setTimeout(r, 10));
      }
    };

    // A warm-up burst, then statistics, as autovacuum keeps them on a live server: a table filled
    // from empty within seconds would otherwise be planned as if it had none.
    await send(MENTIONS, WARM_UP);
    await settled(true);
    await db.query('ANALYZE');
    const mentionEntries = async () => (await db.query(`SELECT count(*)::int AS n FROM feed_entries fe JOIN activities a ON a.id = fe.activity_id WHERE a.kind = 'SOCIAL_MENTION'`)).rows[0].n;
    const entriesBefore = await mentionEntries();

    const started = process.hrtime.bigint();
    await send(0, MENTIONS);
    const ingested = process.hrtime.bigint();
    await settled(false);
    const done = process.hrtime.bigint();
    const seconds = Number(done - started) / 1e9;
    const delivered = (await db.query(`SELECT count(*)::int AS n FROM activities WHERE kind = 'SOCIAL_MENTION' AND delivered_at IS NOT NULL`)).rows[0].n;
    if (delivered !== MENTIONS + WARM_UP) throw new Error(`expected ${MENTIONS} delivered mention activities, found ${delivered - WARM_UP}`);
    const entries = (await mentionEntries()) - entriesBefore;

    // The floor: the same rows written straight into a table shaped like social_mentions.
    await db.query('CREATE TABLE bench_raw_mentions (LIKE social_mentions INCLUDING DEFAULTS INCLUDING INDEXES)');
    const rawStarted = process.hrtime.bigint();
    for (let i = 0; i < MENTIONS; i += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, MENTIONS - i) }, (_, k) => mention(i + k));
      await db.query(
        `INSERT INTO bench_raw_mentions (id, network, external_id, direction, author_handle, author_name, author_followers, author_verified, text, url, posted_at, lang, raw)
         SELECT gen_random_uuid(), 'x', e, 'INBOUND', h, n, f, false, t, u, p, 'en', r
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::timestamptz[], $8::jsonb[]) AS x(e, h, n, f, t, u, p, r)`,
        [rows.map((m) => m.externalId), rows.map((m) => m.author.handle), rows.map((m) => m.author.name), rows.map((m) => m.author.followers), rows.map((m) => m.text), rows.map((m) => m.url), rows.map((m) => m.postedAt), rows.map((m) => JSON.stringify(m))],
      );
    }
    const rawSeconds = Number(process.hrtime.bigint() - rawStarted) / 1e9;
    const value = Math.round(MENTIONS / seconds);
    const raw = Math.round(MENTIONS / rawSeconds);
    process.stderr.write(
      `ingest: ${MENTIONS} mentions answered in ${(Number(ingested - started) / 1e6).toFixed(0)} ms, processed and fanned out (${entries} feed entries) in ${(seconds * 1000).toFixed(0)} ms; raw INSERT ${(rawSeconds * 1000).toFixed(0)} ms\n`,
    );
    process.stdout.write(`${JSON.stringify({ id: 'ingest_mentions_per_s', metric: 'mentions verified, stored, matched and fanned out per second', unit: 'mentions/s', value, raw, ratio: Math.round((value / raw) * 1000) / 1000, goal: GOAL, pass: value >= GOAL })}\n`);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
