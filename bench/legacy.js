#!/usr/bin/env node
// Benchmark harness: change-to-socket latency for one follower and for many, feed page reads (plain,
// and with comments, reactions and topics), trending topics and influence.
// Runs the built API as its own process against embedded PostgreSQL (or DATABASE_URL's server, in a
// throwaway database). Usage: npm run bench [-- --followers 200 --rounds 50]
'use strict';
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const net = require('node:net');
const { io } = require('socket.io-client');
const { createBenchDatabase } = require('./harness/database');

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const FOLLOWERS = Number(args.followers ?? 200);
const ROUNDS = Number(args.rounds ?? 40);
const PASSWORD = 'bench password 1';

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function progress(label, done, total) {
  const width = 24;
  const bar = '█'.repeat(Math.round((done / total) * width)).padEnd(width, '░');
  process.stdout.write(`\r${label.padEnd(34)} ${bar} ${done}/${total}`);
  if (done === total) process.stdout.write('\n');
}

async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const summary = (values) => `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;

async function main() {
  const database = await createBenchDatabase();
  const { temp } = database;

  const port = await freePort();
  const api = spawn(process.execPath, [join(__dirname, '..', 'apps', 'api', 'dist', 'main.js')], {
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', DEMO: 'off', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1234', ADMIN_EMAIL: 'admin@bench.test', ADMIN_PASSWORD: PASSWORD, DATA_DIR: temp,
      // Every stage change its own feed item (one person's quick changes would otherwise fold into one).
      FEED_FOLD_SECONDS: '0', RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const bootStarted = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  console.log(`API ready in ${((Date.now() - bootStarted) / 1000).toFixed(1)} s (migrations included)`);

  const cleanup = async () => {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await database.drop();
  };

  try {
    const adminToken = (await gql(url, 'mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', { e: 'admin@bench.test', p: PASSWORD })).login.token;
    const people = [];
    for (let i = 0; i < FOLLOWERS + 1; i++) {
      const email = `rep${i}@bench.test`;
      const created = await gql(url, 'mutation($i:CreateEmployeeInput!){createEmployee(input:$i){id}}', { i: { email, name: `Rep ${i}`, password: PASSWORD, role: 'MEMBER' } }, adminToken);
      const token = (await gql(url, 'mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', { e: email, p: PASSWORD })).login.token;
      people.push({ id: created.createEmployee.id, token });
      progress('creating employees', i + 1, FOLLOWERS + 1);
    }
    const [actor, ...followers] = people;
    const account = (await gql(url, 'mutation{createAccount(input:{name:"Bench Corp"}){id}}', {}, actor.token)).createAccount.id;
    const deal = (await gql(url, 'mutation($a:ID!){createDeal(input:{accountId:$a,name:"Bench Renewal",stage:PROSPECTING}){id}}', { a: account }, actor.token)).createDeal.id;
    for (let i = 0; i < followers.length; i++) {
      await gql(url, 'mutation($s:ID!){follow(subjectId:$s)}', { s: deal }, followers[i].token);
      if (i % 10 === 9 || i === followers.length - 1) progress('following the deal', i + 1, followers.length);
    }
    const sockets = await Promise.all(
      followers.map(
        (f) =>
          new Promise((resolve, reject) => {
            const socket = io(url, { path: '/socket.io', auth: { token: f.token }, transports: ['websocket'], reconnection: false, forceNew: true });
            socket.once('connect', () => resolve(socket));
            socket.once('connect_error', reject);
          }),
      ),
    );
    console.log(`${sockets.length} followers connected`);

    const stages = ['QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'PROSPECTING'];
    const first = [];
    const last = [];
    for (let round = 0; round < ROUNDS; round++) {
      const arrivals = sockets.map((s) => new Promise((resolve) => s.once('feed:item', () => resolve(performance.now()))));
      const t0 = performance.now();
      await gql(url, 'mutation($d:ID!,$s:DealStage!){updateDeal(id:$d,input:{stage:$s}){id}}', { d: deal, s: stages[round % stages.length] }, actor.token);
      const times = await Promise.all(arrivals);
      first.push(Math.min(...times) - t0);
      last.push(Math.max(...times) - t0);
      progress('stage changes', round + 1, ROUNDS);
    }
    const reads = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      await gql(url, '{feed(first:20){edges{cursor node{id body actor{name} subject{name} commentCount changes{field from to}}}}}', {}, followers[i % followers.length].token);
      reads.push(performance.now() - t0);
    }
    sockets.forEach((s) => s.close());

    // Conversation: posts with #topics, each with comments and reactions from colleagues.
    const TOPICS = ['renewal', 'pricing', 'security-review', 'competition', 'legal', 'expansion'];
    const POSTS = Math.max(50, followers.length);
    for (let i = 0; i < POSTS; i++) {
      const author = followers[i % followers.length];
      const body = `Update ${i} on the renewal #${TOPICS[i % TOPICS.length]} #${TOPICS[(i * 7) % TOPICS.length]}`;
      const post = (await gql(url, 'mutation($s:ID!,$b:String!){post(input:{subjectId:$s,body:$b}){id}}', { s: deal, b: body }, author.token)).post.id;
      const [c1, c2] = [followers[(i + 1) % followers.length], followers[(i + 2) % followers.length]];
      const comment = (await gql(url, 'mutation($a:ID!){comment(activityId:$a,body:"Noted #renewal"){id}}', { a: post }, c1.token)).comment.id;
      await gql(url, 'mutation($a:ID!){react(activityId:$a,reaction:LIKE){count}}', { a: post }, c2.token);
      await gql(url, 'mutation($a:ID!,$c:ID){react(activityId:$a,commentId:$c,reaction:CELEBRATE){count}}', { a: post, c: comment }, author.token);
      if (i % 10 === 9 || i === POSTS - 1) progress('posts with comments and reactions', i + 1, POSTS);
    }
    const reader = followers[0];
    const timed = async (label, query, times = 30) => {
      const took = [];
      for (let i = 0; i < times; i++) {
        const t0 = performance.now();
        await gql(url, query, {}, reader.token);
        took.push(performance.now() - t0);
      }
      return took;
    };
    const fullPage = await timed(
      'full feed page',
      `{feed(first:20){edges{cursor node{id body editedAt isBookmarkedByMe actor{name} subject{name} commentCount changes{field from to}
        reactions{reaction count reactedByMe} topics{name} mentions{name}
        comments{body author{name} reactions{reaction count reactedByMe}}}}}}`,
    );
    const trending = await timed('trending topics', '{trendingTopics(first:10){topic{name} uses}}');
    const influence = await timed('influence', '{employees{id influence{band posts commentsReceived reactionsReceived}}}', 10);
    // "renewal" is in every post and comment; "update 7" in a handful.
    const searchCommon = await timed('search, common word', '{search(query:"renewal",first:20){edges{node{kind snippet highlights{start length}}}}}', 10);
    const searchRare = await timed('search, rare words', '{search(query:"\\"update 7\\"",first:20){edges{node{kind snippet}}}}', 10);

    console.log('\nResults');
    console.log(`  change → socket, first of ${followers.length} followers: ${summary(first)}`);
    console.log(`  change → socket, last of ${followers.length} followers:  ${summary(last)}`);
    console.log(`  feed page of 20 (GraphQL round trip):      ${summary(reads)}`);
    console.log(`  feed page of 20 with comments, reactions, topics: ${summary(fullPage)}`);
    console.log(`  trending topics (${POSTS * 3} uses):           ${summary(trending)}`);
    console.log(`  influence of all ${people.length} employees:          ${summary(influence)}`);
    console.log(`  search, a word in all ${POSTS * 2} posts and comments: ${summary(searchCommon)}`);
    console.log(`  search, a rare phrase:                    ${summary(searchRare)}`);
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
