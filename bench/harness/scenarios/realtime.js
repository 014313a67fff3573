'use strict';
// socket_1k_p50/p99, deliveries_per_s and idle_socket_kb: 1,000 followers of a team-private deal
// online, against a bare socket.io server with bare SQL holding the same 1,000 clients.
const { join } = require('node:path');
const { gql, percentile, sleep } = require('../util');
const { rssKb, tokenFor, ROOT } = require('../environment');
const { arrivals, connectAll, startBareServer } = require('../sockets');
const { benchId } = require('../generate');

const { AUDIENCE_INSERT } = require(join(ROOT, 'apps', 'api', 'dist', 'modules', 'feed', 'feed.sql.js'));
const STAGES = ['QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'PROSPECTING'];
const FOLLOWERS = 1_000;
// Each change must move the stage, or nothing happens: walk the cycle across rounds and bursts.
let cycle = 0;
const nextStage = () => STAGES[cycle++ % STAGES.length];

const realtime = {
  name: 'realtime',
  ids: ['socket_1k_p50', 'socket_1k_p99', 'deliveries_per_s'],
  async run(ctx) {
    const { env, fixture } = ctx;
    const followerIds = Array.from({ length: FOLLOWERS }, (_, i) => benchId('emp', fixture.firstFollower + i));
    const tokens = followerIds.map(tokenFor);
    const ownerToken = tokenFor(fixture.owner);
    const bare = await startBareServer(env.dbUrl);
    const productSockets = await connectAll(env.url, tokens);
    const bareSockets = await connectAll(bare.url, tokens);
    const product = arrivals(productSockets);
    const raw = arrivals(bareSockets);
    const rounds = ctx.quick ? 30 : 100;
    const deal = fixture.deal1k;
    try {
      // Commit → last follower's socket.
      const productTimes = [];
      const rawTimes = [];
      for (let round = -3; round < rounds; round++) {
        const stage = nextStage();
        const wait = product.expect(FOLLOWERS, (p) => p.item.subjectId === deal);
        const t0 = performance.now();
        await gql(env.url, 'mutation($d:ID!,$s:DealStage!){updateDeal(id:$d,input:{stage:$s}){id}}', { d: deal, s: stage }, ownerToken);
        const last = await wait;
        const rawWait = raw.expect(FOLLOWERS, (p) => p.item.subjectId === deal);
        const r0 = performance.now();
        await bare.call({ type: 'round', deal, actor: fixture.owner });
        const rawLast = await rawWait;
        if (round >= 0) {
          productTimes.push(last - t0);
          rawTimes.push(rawLast - r0);
        }
        ctx.progress('commit → 1,000 sockets', round + 4, rounds + 3);
      }
      // Deliveries per second: a burst of activities committed at once (as a CRM sync or a busy
      // deal room makes them), from that commit until every follower has every one.
      const burst = ctx.quick ? 20 : 50;
      const deliveredAll = product.expect(FOLLOWERS * burst, (p) => p.item.subjectId === deal, 120_000);
      const client = await env.pool.connect();
      let d0;
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO activities (id, kind, actor_id, subject_id, related_subject_ids, body, created_at, updated_at)
           SELECT gen_random_uuid(), 'POST', $2, $1, ARRAY[$3, $2], 'Burst ' || i || ': pricing agreed', clock_timestamp(), clock_timestamp()
           FROM generate_series(1, $4::int) i`,
          [deal, fixture.owner, fixture.account, burst],
        );
        await client.query("SELECT pg_notify('tidings_activity', '')");
        await client.query('COMMIT');
        d0 = performance.now();
      } finally {
        client.release();
      }
      const productRate = (FOLLOWERS * burst) / (((await deliveredAll) - d0) / 1000);
      const rawAll = raw.expect(FOLLOWERS * burst, (p) => p.item.subjectId === deal, 120_000);
      const f0 = performance.now();
      await bare.call({ type: 'flood', employees: followerIds, count: burst, deal, actor: fixture.owner });
      const rawRate = (FOLLOWERS * burst) / (((await rawAll) - f0) / 1000);
      ctx.progress('deliveries per second', 1, 1);

      const explain = {
        sql: AUDIENCE_INSERT,
        setup: async (client) => {
          const { rows } = await client.query(
            `INSERT INTO activities (id, kind, actor_id, subject_id, related_subject_ids, body, created_at, delivered_at)
             VALUES (gen_random_uuid(), 'RECORD_CHANGE', $2, $1, ARRAY[$3, $2], 'explain', clock_timestamp(), clock_timestamp()) RETURNING id`,
            [deal, fixture.owner, fixture.account],
          );
          return [rows[0].id];
        },
      };
      const p50 = percentile(productTimes, 50);
      const p99 = percentile(productTimes, 99);
      const r50 = percentile(rawTimes, 50);
      const r99 = percentile(rawTimes, 99);
      return [
        { id: 'socket_1k_p50', metric: 'updateDeal request → feed:item on the last of 1,000 online followers, median', unit: 'ms', value: p50, raw: r50, ratioRule: 'raw ÷ value', goal: 'p50 ≤ 1.5 × raw', check: () => p50 <= 1.5 * r50, explain },
        { id: 'socket_1k_p99', metric: 'the same, 99th percentile', unit: 'ms', value: p99, raw: r99, ratioRule: 'raw ÷ value', goal: 'p99 ≤ 2 × raw', check: () => p99 <= 2 * r99, explain },
        { id: 'deliveries_per_s', metric: `feed:item deliveries per second from one API process (${burst} activities committed together × 1,000 online followers)`, unit: 'deliveries/s', value: Math.round(productRate), raw: Math.round(rawRate), ratioRule: 'value ÷ raw', goal: 'ratio ≥ 0.7', check: (ratio) => ratio >= 0.7, explain },
      ];
    } finally {
      productSockets.forEach((s) => s.close());
      bareSockets.forEach((s) => s.close());
      bare.stop();
    }
  },
};

/** Server memory per idle authenticated socket: RSS growth of each server while N clients connect. */
const idle = {
  name: 'idle_socket',
  ids: ['idle_socket_kb'],
  async run(ctx) {
    const { env, fixture, scale } = ctx;
    const n = ctx.quick ? 2_000 : 5_000;
    const first = fixture.firstFollower + 10_000; // people who follow nothing the scenarios move
    const tokens = Array.from({ length: Math.min(n, scale.employees - first) }, (_, i) => tokenFor(benchId('emp', first + i)));
    const bare = await startBareServer(env.dbUrl);
    const grow = async (pidOrRss, url) => {
      await sleep(1500);
      const before = await pidOrRss();
      const sockets = await connectAll(url, tokens);
      await sleep(3000);
      const after = await pidOrRss();
      sockets.forEach((s) => s.close());
      return (after - before) / tokens.length;
    };
    try {
      const productKb = await grow(async () => rssKb(env.api.pid), env.url);
      ctx.progress('idle sockets (product)', 1, 2);
      const rawKb = await grow(async () => (await bare.call({ type: 'rss' })).rss / 1024, bare.url);
      ctx.progress('idle sockets (bare)', 2, 2);
      return [
        {
          id: 'idle_socket_kb',
          metric: `server memory per idle authenticated socket (RSS growth over ${tokens.length.toLocaleString('en')} sockets)`,
          unit: 'KB',
          value: Number(productKb.toFixed(1)),
          raw: Number(rawKb.toFixed(1)),
          ratioRule: 'raw ÷ value',
          goal: '≤ raw + 5 KB',
          check: () => productKb <= rawKb + 5,
        },
      ];
    } finally {
      bare.stop();
    }
  },
};

module.exports = [realtime, idle];
