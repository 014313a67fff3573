import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { createAccount, createCase, createEmployee, createTeam, loginAdmin, TestEmployee } from '../factories/org';

/**
 * Acceptance 4 of social listening: the figures `insights` computes equal figures recomputed here
 * from the raw rows (mentions, clocks, cases, replies), for a seeded dataset. Records, cases, replies
 * and resolutions go through the API; mentions, clocks and corrections are inserted in volume.
 * A private account and a private case hold data the viewer cannot open: it counts for an admin only.
 */

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const INSIGHTS = `query($accountId: ID, $days: Int) { insights(accountId: $accountId, days: $days) {
  accountId days since until mentions complaints complaintShare averageSentiment
  daily { day mentions complaints averageSentiment }
  firstResponse { responses p50Minutes p90Minutes }
  slaCompliance { met missed share }
  slaByTeam { teamId name met missed share }
  slaByAgent { employeeId name met missed share }
  firstContactResolution { closedCases oneReply share }
  advocates { network handle name followers verified influence mentions positiveMentions averageSentiment advocacy }
  topInfluencers { network handle followers verified mentions averageSentiment }
  classifierAccuracy { heldOut correct accuracy }
  recentMentions { id text }
  openSocialCases { id }
} }`;

interface Insights {
  accountId: string | null;
  days: number;
  since: string;
  until: string;
  mentions: number;
  complaints: number;
  complaintShare: number | null;
  averageSentiment: number | null;
  daily: Array<{ day: string; mentions: number; complaints: number; averageSentiment: number | null }>;
  firstResponse: { responses: number; p50Minutes: number | null; p90Minutes: number | null };
  slaCompliance: { met: number; missed: number; share: number | null };
  slaByTeam: Array<{ teamId: string; name: string; met: number; missed: number; share: number | null }>;
  slaByAgent: Array<{ employeeId: string; name: string; met: number; missed: number; share: number | null }>;
  firstContactResolution: { closedCases: number; oneReply: number; share: number | null };
  advocates: Array<{ network: string; handle: string; followers: number; verified: boolean; influence: number; mentions: number; positiveMentions: number; averageSentiment: number | null; advocacy: number }>;
  topInfluencers: Array<{ network: string; handle: string; followers: number; verified: boolean; mentions: number; averageSentiment: number | null }>;
  classifierAccuracy: { heldOut: number; correct: number; accuracy: number | null };
  recentMentions: Array<{ id: string; text: string }>;
  openSocialCases: Array<{ id: string }>;
}

interface MentionRow {
  id: string;
  network: string;
  direction: string;
  author_handle: string;
  author_followers: number;
  author_verified: boolean;
  posted_at: Date;
  sentiment: number;
  intent: string;
  account_id: string | null;
  case_id: string | null;
  removed_at: Date | null;
  in_reply_to_mention_id: string | null;
}
interface ClockRow {
  case_id: string;
  kind: string;
  started_at: Date;
  due_at: Date;
  paused_at: Date | null;
  stopped_at: Date | null;
  met: boolean | null;
  response_minutes: number | null;
  breached_fired_at: Date | null;
}
interface CaseRow {
  id: string;
  account_id: string;
  status: string;
  owner_id: string;
  owning_team_id: string | null;
  created_at: Date;
}

/** A small seeded PRNG: the dataset is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('social insights: the API figures equal the figures recomputed from raw rows', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;
  let admin: TestEmployee;
  let viewer: TestEmployee;
  let agentA: TestEmployee;
  let agentB: TestEmployee;
  let vaultKeeper: TestEmployee;
  const teams: Record<string, string> = {};
  const accounts: Record<'acme' | 'globex' | 'vault', string> = { acme: '', globex: '', vault: '' };
  /** What the viewer cannot open: the private account and a private case on a public account. */
  const hidden = { accounts: new Set<string>(), cases: new Set<string>() };
  const cases: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('social_insights');
    api = await startApi(db.url);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    admin = await loginAdmin(api.url);
    agentA = await createEmployee(api.url, admin, 'Agent Ada');
    agentB = await createEmployee(api.url, admin, 'Agent Bram');
    vaultKeeper = await createEmployee(api.url, admin, 'Vault Keeper');
    viewer = await createEmployee(api.url, admin, 'Viola Viewer');
    teams.support = await createTeam(api.url, admin, 'Support', [agentA.id]);
    teams.tier2 = await createTeam(api.url, admin, 'Tier Two', [agentB.id]);
    teams.vault = await createTeam(api.url, admin, 'Vault', [vaultKeeper.id]);
    accounts.acme = await createAccount(api.url, admin, { name: 'Acme' });
    accounts.globex = await createAccount(api.url, admin, { name: 'Globex' });
    accounts.vault = await createAccount(api.url, admin, { name: 'Vault Bank', visibility: 'PRIVATE', owningTeamId: teams.vault });
    hidden.accounts.add(accounts.vault);

    // Cases through the API: [account, owner, team, private?]
    const plan: Array<[string, TestEmployee, string, boolean]> = [
      [accounts.acme, agentA, teams.support, false],
      [accounts.acme, agentA, teams.support, false],
      [accounts.acme, agentB, teams.tier2, false],
      [accounts.acme, agentB, teams.tier2, false],
      [accounts.globex, agentB, teams.tier2, false],
      [accounts.globex, agentA, teams.support, false],
      [accounts.globex, agentA, teams.support, false],
      [accounts.vault, vaultKeeper, teams.vault, true],
      [accounts.acme, vaultKeeper, teams.vault, true],
      [accounts.acme, agentA, teams.support, false],
    ];
    for (const [accountId, owner, team, isPrivate] of plan) {
      const id = await createCase(api.url, admin, accountId, { ownerId: owner.id, owningTeamId: team, visibility: isPrivate ? 'PRIVATE' : 'PUBLIC' });
      cases.push(id);
      if (isPrivate) hidden.cases.add(id);
    }
    const accountOfCase = new Map(plan.map(([accountId], i) => [cases[i], accountId]));

    // Mentions in volume, over 40 days: authors with distinct reach, some verified, some unmatched.
    const random = seeded(1313);
    const authors = Array.from({ length: 14 }, (_, i) => ({ handle: `author_${i}`, followers: 37 + i * i * 1711 + i * 13, verified: i % 4 === 1 }));
    const now = Date.now();
    const mentionIds: string[] = [];
    const insert = async (m: { account: string | null; caseId: string | null; author: (typeof authors)[number]; at: number; sentiment: number; intent: string; direction?: string; removed?: boolean; replyTo?: string; text?: string }) => {
      const id = randomUUID();
      await pg.query(
        `INSERT INTO social_mentions (id, network, external_id, direction, author_handle, author_name, author_followers, author_verified, text, posted_at, raw,
           account_id, case_id, sentiment, intent, removed_at, in_reply_to_mention_id, routed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '{}', $11, $12, $13, $14, $15, $16, now())`,
        [id, m.author.handle.length % 2 ? 'x' : 'linkedin', `seed-${id}`, m.direction ?? 'INBOUND', m.author.handle, m.author.handle.toUpperCase(), m.author.followers,
          m.author.verified, m.text ?? `seeded mention ${id}`, new Date(m.at), m.account, m.caseId, m.sentiment, m.intent, m.removed ? new Date(m.at + HOUR) : null, m.replyTo ?? null],
      );
      return id;
    };
    for (let i = 0; i < 120; i++) {
      const roll = random();
      const caseId = roll < 0.45 ? cases[Math.floor(random() * cases.length)] : null;
      const account = caseId ? accountOfCase.get(caseId)! : roll < 0.6 ? null : [accounts.acme, accounts.globex, accounts.vault][Math.floor(random() * 3)];
      const intent = ['COMPLAINT', 'QUESTION', 'PRAISE', 'OTHER'][Math.floor(random() * 4)];
      const sentiment = Math.round((intent === 'PRAISE' ? 0.2 + random() * 0.7 : intent === 'COMPLAINT' ? -0.9 + random() * 0.8 : -0.3 + random() * 0.6) * 100) / 100;
      // Whole hours back (up to 40 days), away from any window's edge by at least half an hour.
      const at = now - (Math.floor(random() * 40 * 24) + 0.5) * HOUR;
      mentionIds.push(await insert({ account, caseId, author: authors[Math.floor(random() * authors.length)], at, sentiment, intent, removed: random() < 0.05 }));
    }
    // An advocate on the private account only: an admin sees them, the viewer does not.
    for (let i = 0; i < 3; i++) await insert({ account: accounts.vault, caseId: null, author: { handle: 'vault_fan', followers: 900_000, verified: true }, at: now - (i + 1) * DAY, sentiment: 0.8, intent: 'PRAISE' });

    // Response clocks, directly: met, missed, running past due, running in time, paused, and old ones.
    const clock = async (caseId: string, c: { kind: string; startedAgo: number; dueIn: number; stoppedAgo?: number; met?: boolean; minutes?: number; pausedAgo?: number }) => {
      const started = new Date(now - c.startedAgo);
      const due = new Date(started.getTime() + c.dueIn);
      await pg.query(
        `INSERT INTO case_sla_clocks (id, case_id, kind, target_minutes, started_at, due_at, at_risk_at, paused_at, stopped_at, met, response_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [randomUUID(), caseId, c.kind, Math.round(c.dueIn / 60000), started, due, new Date(started.getTime() + c.dueIn * 0.75),
          c.pausedAgo === undefined ? null : new Date(now - c.pausedAgo), c.stoppedAgo === undefined ? null : new Date(now - c.stoppedAgo),
          c.stoppedAgo === undefined ? null : (c.met ?? false), c.stoppedAgo === undefined ? null : (c.minutes ?? 0)],
      );
    };
    const minutes = [12, 45, 70, 95, 130, 180, 240, 300, 410, 600];
    for (const [i, caseId] of cases.entries()) {
      const daysAgo = i === 6 ? 40 : 1 + i * 2; // one case's clocks start outside a 30-day window
      await clock(caseId, { kind: 'FIRST_RESPONSE', startedAgo: daysAgo * DAY, dueIn: 4 * HOUR, stoppedAgo: daysAgo * DAY - minutes[i] * 60000, met: minutes[i] <= 240, minutes: minutes[i] });
      if (i % 3 === 0) await clock(caseId, { kind: 'NEXT_RESPONSE', startedAgo: daysAgo * DAY - 6 * HOUR, dueIn: 4 * HOUR, stoppedAgo: daysAgo * DAY - 12 * HOUR, met: false, minutes: 360 });
      if (i % 3 === 1) await clock(caseId, { kind: 'NEXT_RESPONSE', startedAgo: 10 * HOUR, dueIn: 4 * HOUR }); // running, past due: missed
      if (i === 2) continue;
      if (i % 3 === 2) await clock(caseId, { kind: 'NEXT_RESPONSE', startedAgo: HOUR, dueIn: 24 * HOUR, pausedAgo: i === 5 ? HOUR / 2 : undefined }); // running in time: undecided
    }

    // Replies through the API (logSocialReply), plus our own post arriving on one case's mention.
    const reply = (caseId: string, as: TestEmployee) =>
      gqlOk(api.url, `mutation($caseId: ID!, $body: String!) { logSocialReply(caseId: $caseId, body: $body) { id } }`, { caseId, body: 'We are on it, sorry!' }, as.token);
    await reply(cases[0], agentA);
    await reply(cases[1], agentA);
    await reply(cases[1], agentA);
    await reply(cases[7], vaultKeeper);
    await reply(cases[8], vaultKeeper);
    const onCase4 = await insert({ account: accounts.globex, caseId: cases[4], author: authors[3], at: now - 2 * HOUR, sentiment: -0.5, intent: 'COMPLAINT' });
    await insert({ account: accounts.globex, caseId: null, author: { handle: 'acme_help', followers: 10, verified: false }, at: now - HOUR, sentiment: 0, intent: 'OTHER', direction: 'OUTBOUND', replyTo: onCase4 });
    // Every case has a mention (they are social cases); resolve some through the API.
    for (const caseId of [cases[0], cases[1], cases[4], cases[5], cases[7], cases[8]]) {
      await gqlOk(api.url, `mutation($id: ID!) { updateCase(id: $id, input: { status: RESOLVED }) { id } }`, { id: caseId }, admin.token);
    }
    for (const caseId of cases) await insert({ account: accountOfCase.get(caseId)!, caseId, author: authors[0], at: now - 3 * HOUR, sentiment: -0.2, intent: 'COMPLAINT' });

    // Held-out corrections (and one used for training): the classifier reads three of the four
    // the viewer may open as the agents did; the fourth was labelled against its words.
    const examples: Array<[string, string, string, boolean]> = [
      [accounts.acme, 'The app crashed again and I lost all my work. Terrible, this is broken!', 'COMPLAINT', true],
      [accounts.acme, 'How do I export my reports to CSV?', 'QUESTION', true],
      [accounts.globex, 'Thank you so much, the new dashboard is fantastic! Love it', 'PRAISE', true],
      [accounts.globex, 'Thank you, great job team, we love the new release!', 'COMPLAINT', true],
      [accounts.vault, 'Is there a way to add a second admin?', 'QUESTION', true],
      [accounts.acme, 'Where can I find the invoices?', 'QUESTION', false],
    ];
    for (const [account, text, intent, heldOut] of examples) {
      const mentionId = await insert({ account, caseId: null, author: authors[5], at: now - 50 * DAY, sentiment: 0, intent: 'OTHER', text });
      await pg.query(
        `INSERT INTO social_training_examples (id, mention_id, text, intent, predicted_intent, held_out, created_by) VALUES ($1, $2, $3, $4, 'OTHER', $5, $6)`,
        [randomUUID(), mentionId, text, intent, heldOut, agentA.id],
      );
    }
  }, 180_000);

  afterAll(async () => {
    await pg?.end();
    await api?.stop();
    await db?.drop();
  });

  /** Everything recomputed from the raw rows, for one viewer (hidden records known by construction). */
  async function recompute(canSeeAll: boolean, accountId: string | null, days: number, until: Date) {
    const mentions = (await pg.query<MentionRow>('SELECT * FROM social_mentions')).rows;
    const clocks = (await pg.query<ClockRow>('SELECT * FROM case_sla_clocks')).rows;
    const caseRows = (await pg.query<CaseRow>('SELECT * FROM cases')).rows;
    const replies = (await pg.query<{ subject_id: string; actor_id: string | null; body: string }>(`SELECT subject_id, actor_id, body FROM activities WHERE kind = 'SYSTEM'`)).rows;
    const names = new Map([...(await pg.query<{ id: string; name: string }>('SELECT id, name FROM teams UNION ALL SELECT id, name FROM employees')).rows.map((r) => [r.id, r.name] as const)]);
    const caseById = new Map(caseRows.map((c) => [c.id, c]));

    const today = Date.UTC(until.getUTCFullYear(), until.getUTCMonth(), until.getUTCDate());
    const since = new Date(today - (days - 1) * DAY);
    const inWindow = (t: Date) => t >= since && t <= until;
    const seesCase = (id: string | null) => id === null || canSeeAll || !hidden.cases.has(id);
    const seesAccount = (id: string | null) => id === null || canSeeAll || !hidden.accounts.has(id);

    const visible = mentions.filter(
      (m) => m.direction === 'INBOUND' && !m.removed_at && inWindow(m.posted_at) && (accountId === null || m.account_id === accountId) && seesAccount(m.account_id) && seesCase(m.case_id),
    );
    const daily = Array.from({ length: days }, (_, i) => {
      const day = new Date(since.getTime() + i * DAY).toISOString().slice(0, 10);
      const on = visible.filter((m) => m.posted_at.toISOString().slice(0, 10) === day);
      return { day, mentions: on.length, complaints: on.filter((m) => m.intent === 'COMPLAINT').length, averageSentiment: on.length ? mean(on.map((m) => m.sentiment)) : null };
    });

    const byAuthor = new Map<string, MentionRow[]>();
    for (const m of visible) byAuthor.set(`${m.network}:${m.author_handle.toLowerCase()}`, [...(byAuthor.get(`${m.network}:${m.author_handle.toLowerCase()}`) ?? []), m]);
    const authorStats = [...byAuthor.values()].map((rows) => {
      const latest = [...rows].sort((a, b) => b.posted_at.getTime() - a.posted_at.getTime() || byteOrder(b.id, a.id))[0];
      const positive = rows.filter((r) => r.sentiment >= 0.05).length;
      const influence = Math.min(1, Math.round((Math.log10(latest.author_followers + 1) / 7) * 1000) / 1000);
      return {
        network: latest.network.toUpperCase(),
        handle: latest.author_handle.toLowerCase(),
        followers: latest.author_followers,
        verified: latest.author_verified,
        mentions: rows.length,
        positiveMentions: positive,
        averageSentiment: mean(rows.map((r) => r.sentiment)),
        influence,
        advocacy: positive * (1 + influence),
      };
    });

    const visibleCase = (id: string) => seesCase(id) && seesAccount(caseById.get(id)!.account_id) && (accountId === null || caseById.get(id)!.account_id === accountId);
    const nowMs = until.getTime();
    const decided = clocks
      .filter((k) => inWindow(k.started_at) && visibleCase(k.case_id))
      .map((k) => {
        const at = k.paused_at?.getTime() ?? nowMs;
        const met = k.stopped_at !== null && k.met === true;
        const missed = k.stopped_at !== null ? k.met === false : k.breached_fired_at !== null || at >= k.due_at.getTime();
        return { ...k, isMet: met, isMissed: missed, team: caseById.get(k.case_id)!.owning_team_id, agent: caseById.get(k.case_id)!.owner_id };
      });
    const group = (key: 'team' | 'agent') => {
      const ids = [...new Set(decided.map((k) => k[key]).filter((id): id is string => id !== null))];
      return ids
        .map((id) => {
          const met = decided.filter((k) => k[key] === id && k.isMet).length;
          const missed = decided.filter((k) => k[key] === id && k.isMissed).length;
          return { id, name: names.get(id)!, met, missed, share: met + missed ? met / (met + missed) : null };
        })
        .sort((a, b) => b.met + b.missed - (a.met + a.missed) || a.name.localeCompare(b.name));
    };
    const firstResponses = decided.filter((k) => k.kind === 'FIRST_RESPONSE' && k.stopped_at !== null && k.response_minutes !== null).map((k) => k.response_minutes!);

    const socialCases = caseRows.filter(
      (c) => inWindow(c.created_at) && visibleCase(c.id) && mentions.some((m) => m.case_id === c.id && m.direction === 'INBOUND'),
    );
    const closed = socialCases.filter((c) => c.status === 'RESOLVED' || c.status === 'CLOSED');
    const repliesOf = (caseId: string) =>
      replies.filter((a) => a.subject_id === caseId && a.actor_id !== null && a.body.startsWith('Replied ')).length +
      mentions.filter((o) => o.direction === 'OUTBOUND' && !o.removed_at && o.in_reply_to_mention_id && mentions.find((i) => i.id === o.in_reply_to_mention_id)?.case_id === caseId).length;
    const oneReply = closed.filter((c) => repliesOf(c.id) === 1).length;

    return {
      since,
      mentions: visible.length,
      complaints: visible.filter((m) => m.intent === 'COMPLAINT').length,
      averageSentiment: visible.length ? mean(visible.map((m) => m.sentiment)) : null,
      daily,
      advocates: authorStats.filter((a) => a.positiveMentions >= 2).sort((a, b) => b.advocacy - a.advocacy).slice(0, 10),
      topInfluencers: [...authorStats].sort((a, b) => b.followers - a.followers).slice(0, 10),
      recent: [...visible].sort((a, b) => b.posted_at.getTime() - a.posted_at.getTime() || byteOrder(b.id, a.id)).slice(0, 5).map((m) => m.id),
      sla: { met: decided.filter((k) => k.isMet).length, missed: decided.filter((k) => k.isMissed).length },
      teams: group('team'),
      agents: group('agent'),
      firstResponse: { responses: firstResponses.length, p50: percentile(firstResponses, 0.5), p90: percentile(firstResponses, 0.9) },
      fcr: { closed: closed.length, oneReply },
      openCases: caseRows
        .filter((c) => !['RESOLVED', 'CLOSED'].includes(c.status) && visibleCase(c.id) && mentions.some((m) => m.case_id === c.id && m.direction === 'INBOUND'))
        .map((c) => c.id),
    };
  }

  async function compare(as: TestEmployee, canSeeAll: boolean, accountId: string | null, days: number) {
    const { insights } = await gqlOk<{ insights: Insights }>(api.url, INSIGHTS, { accountId, days }, as.token);
    const expected = await recompute(canSeeAll, accountId, days, new Date(insights.until));
    expect(insights.days).toBe(days);
    expect(new Date(insights.since).getTime()).toBe(expected.since.getTime());
    expect(insights.mentions).toBe(expected.mentions);
    expect(insights.complaints).toBe(expected.complaints);
    expect(insights.complaintShare).toBeCloseTo(expected.complaints / expected.mentions, 3);
    expect(insights.averageSentiment).toBeCloseTo(expected.averageSentiment!, 2);
    expect(insights.daily.map(({ day, mentions, complaints }) => ({ day, mentions, complaints }))).toEqual(
      expected.daily.map(({ day, mentions, complaints }) => ({ day, mentions, complaints })),
    );
    insights.daily.forEach((d, i) => (d.averageSentiment === null ? expect(expected.daily[i].averageSentiment).toBeNull() : expect(d.averageSentiment).toBeCloseTo(expected.daily[i].averageSentiment!, 2)));

    expect(insights.advocates.map((a) => [a.network, a.handle, a.followers, a.verified, a.mentions, a.positiveMentions])).toEqual(
      expected.advocates.map((a) => [a.network, a.handle, a.followers, a.verified, a.mentions, a.positiveMentions]),
    );
    insights.advocates.forEach((a, i) => {
      expect(a.influence).toBeCloseTo(expected.advocates[i].influence, 3);
      expect(a.advocacy).toBeCloseTo(expected.advocates[i].advocacy, 2);
      expect(a.averageSentiment).toBeCloseTo(expected.advocates[i].averageSentiment, 2);
    });
    expect(insights.topInfluencers.map((a) => [a.handle, a.followers, a.mentions])).toEqual(expected.topInfluencers.map((a) => [a.handle, a.followers, a.mentions]));
    expect(insights.recentMentions.map((m) => m.id)).toEqual(expected.recent);

    expect({ met: insights.slaCompliance.met, missed: insights.slaCompliance.missed }).toEqual(expected.sla);
    expect(insights.slaCompliance.share).toBeCloseTo(expected.sla.met / (expected.sla.met + expected.sla.missed), 3);
    expect(insights.slaByTeam.map((t) => [t.teamId, t.name, t.met, t.missed])).toEqual(expected.teams.map((t) => [t.id, t.name, t.met, t.missed]));
    expect(insights.slaByAgent.map((t) => [t.employeeId, t.name, t.met, t.missed])).toEqual(expected.agents.map((t) => [t.id, t.name, t.met, t.missed]));
    insights.slaByAgent.forEach((t, i) => expect(t.share).toBeCloseTo(expected.agents[i].share!, 3));

    expect(insights.firstResponse.responses).toBe(expected.firstResponse.responses);
    expect(insights.firstResponse.p50Minutes).toBeCloseTo(expected.firstResponse.p50!, 1);
    expect(insights.firstResponse.p90Minutes).toBeCloseTo(expected.firstResponse.p90!, 1);
    expect({ closedCases: insights.firstContactResolution.closedCases, oneReply: insights.firstContactResolution.oneReply }).toEqual({
      closedCases: expected.fcr.closed,
      oneReply: expected.fcr.oneReply,
    });
    expect(insights.openSocialCases.map((c) => c.id).sort()).toEqual(expected.openCases.sort());
    return { insights, expected };
  }

  it('overall for a viewer, within the last 30 days, leaving out what they cannot open', async () => {
    const { insights, expected } = await compare(viewer, false, null, 30);
    // The dataset exercises every figure.
    expect(expected.mentions).toBeGreaterThan(40);
    expect(expected.sla.met).toBeGreaterThan(0);
    expect(expected.sla.missed).toBeGreaterThan(0);
    expect(expected.teams.length).toBe(2);
    expect(expected.fcr).toEqual({ closed: 4, oneReply: 2 });
    expect(insights.advocates.length).toBeGreaterThan(0);
    expect(insights.advocates.map((a) => a.handle)).not.toContain('vault_fan');
    expect(insights.classifierAccuracy).toEqual({ heldOut: 4, correct: 3, accuracy: 0.75 });
  });

  it('overall for an admin, who opens the private account and case: their figures count', async () => {
    const [{ insights: asAdmin }, { insights: asViewer }] = await Promise.all([compare(admin, true, null, 30), compare(viewer, false, null, 30)]);
    expect(asAdmin.mentions).toBeGreaterThan(asViewer.mentions);
    expect(asAdmin.advocates.map((a) => a.handle)).toContain('vault_fan');
    expect(asAdmin.topInfluencers[0].handle).toBe('vault_fan');
    expect(asAdmin.slaByTeam.map((t) => t.teamId)).toContain(teams.vault);
    expect(asViewer.slaByTeam.map((t) => t.teamId)).not.toContain(teams.vault);
    expect(asAdmin.firstContactResolution).toMatchObject({ closedCases: 6, oneReply: 4 });
    expect(asAdmin.classifierAccuracy).toEqual({ heldOut: 5, correct: 4, accuracy: 0.8 });
  });

  it('per account and over a shorter window', async () => {
    await compare(viewer, false, accounts.acme, 7);
    await compare(viewer, false, accounts.globex, 30);
    const { expected } = await compare(admin, true, accounts.vault, 30);
    expect(expected.mentions).toBeGreaterThan(0);
  });

  it('a private account is NOT_FOUND for someone who cannot open it; days must be 1 to 365', async () => {
    const hiddenAccount = await gql(api.url, INSIGHTS, { accountId: accounts.vault, days: 30 }, viewer.token);
    expect(hiddenAccount.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(hiddenAccount.data?.insights).toBeUndefined();
    for (const days of [0, 366, -3]) {
      const bad = await gql(api.url, INSIGHTS, { days }, viewer.token);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    }
    const notAnAccount = await gql(api.url, INSIGHTS, { accountId: cases[0], days: 30 }, viewer.token);
    expect(notAnAccount.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountId' });
  });
});

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Linear interpolation between closest ranks, as PostgreSQL's percentile_cont. */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lower = Math.floor(pos);
  return sorted[lower] + (sorted[Math.min(lower + 1, sorted.length - 1)] - sorted[lower]) * (pos - lower);
}

/** Plain code-unit order, as PostgreSQL compares uuids (no locale rules for the dashes). */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
