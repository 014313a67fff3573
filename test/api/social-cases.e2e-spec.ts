import { Client } from 'pg';
import { ApiServer, startApi, withClockAdvanced } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { GenericMention, InboxMention, inboxQueue, postMentions, routed } from '../support/social';
import { FeedItemEvent, SocketPool } from '../support/socket';
import { waitUntil, WEBHOOK_SECRETS } from '../support/webhooks';
import { createAccount, createEmployee, createTeam, follow, loginAdmin, TestEmployee } from '../factories/org';

interface CaseView {
  id: string;
  subject: string;
  status: string;
  priority: string;
  ownerId: string;
  owningTeamId: string | null;
  accountId: string;
  responseDueAt: string | null;
  mentions: Array<{ id: string; externalId: string; author: { handle: string } }>;
}

interface SocialMentionEvent {
  mention: { id: string; externalId: string; caseId: string | null; intent: string; priority: string; accountId: string | null };
}

const CASE_FIELDS = 'id subject status priority ownerId owningTeamId accountId responseDueAt mentions { id externalId author { handle } }';
const HOUR = 3_600_000;

/** Acceptance 2 of social listening: complaints become cases for the support team, live, with a clock. */
describe('cases from social mentions', () => {
  let db: TestDatabase;
  let pg: Client;
  let api: ApiServer;
  let admin: TestEmployee;
  let ana: TestEmployee; // account owner, follows Northwind
  let sam: TestEmployee; // Support EMEA
  let dee: TestEmployee; // the default social desk
  let bo: TestEmployee; // a colleague with no access to private accounts
  let supportEmea: string;
  let northwind: string;
  let secretCo: string;
  const sockets = new SocketPool(() => api.url);
  let seq = 0;

  beforeAll(async () => {
    db = await createTestDatabase('social_cases');
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    api = await startApi(db.url, { ...WEBHOOK_SECRETS, INTEGRATIONS_SWEEP_MS: '500', TEST_CLOCK: 'on', SOCIAL_DEFAULT_TEAM: 'social-desk' });
    admin = await loginAdmin(api.url);
    [ana, sam, dee, bo] = await Promise.all(['Ana Rep', 'Sam Agent', 'Dee Desk', 'Bo Other'].map((n) => createEmployee(api.url, admin, n)));
    supportEmea = await createTeam(api.url, admin, 'Support EMEA', [sam.id]);
    await gqlOk(api.url, `mutation { createTeam(input: { name: "Social desk", handle: "social-desk", memberIds: ["${dee.id}"] }) { id } }`, {}, admin.token);
    northwind = await createAccount(api.url, ana, { name: 'Northwind Traders', socialHandles: [{ network: 'X', handle: 'northwind_hq' }, { network: 'X', handle: 'nw_buyer' }], supportTeamId: supportEmea });
    secretCo = await createAccount(api.url, ana, { name: 'Secret Co', visibility: 'PRIVATE', socialHandles: [{ network: 'X', handle: 'secret_co' }] });
  });

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await pg?.end();
    await db?.drop();
  });

  const mention = (handle: string, text: string, followers = 300): GenericMention => ({
    externalId: `case-test-${++seq}`,
    network: 'x',
    author: { handle, name: handle, followers, verified: false },
    text,
    postedAt: new Date().toISOString(),
  });
  const ingest = async (...mentions: GenericMention[]) => {
    await postMentions(api.url, mentions);
    await routed(pg, mentions.map((m) => m.externalId));
  };
  const find = async (who: TestEmployee, queue: string, externalId: string): Promise<InboxMention | undefined> =>
    (await inboxQueue(api.url, who.token, queue)).find((m) => m.externalId === externalId);
  const caseOf = async (who: TestEmployee, id: string) => (await gqlOk<{ case: CaseView }>(api.url, `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id }, who.token)).case;
  const mentionRow = async (externalId: string) =>
    (await pg.query<{ id: string; case_id: string | null }>('SELECT id, case_id FROM social_mentions WHERE external_id = $1', [externalId])).rows[0];

  it('a negative complaint from a known handle opens a HIGH case for the support team, live in the followers\' feeds, due in 4 hours', async () => {
    const anaSocket = await sockets.connect(ana);
    const samSocket = await sockets.connect(sam);
    const complaint = mention('northwind_hq', '@tidings_help the invoice export is broken again and we are still waiting for support. Awful.');
    const before = Date.now();
    await ingest(complaint);

    const got = await find(ana, 'ASSIGNED', complaint.externalId);
    expect(got).toMatchObject({ intent: 'COMPLAINT', priority: 'HIGH', accountId: northwind });
    expect(got!.sentiment).toBeLessThan(-0.05);
    expect(got!.why).toEqual(expect.arrayContaining([expect.stringMatching(/^negative wording: .*'broken'/), 'author with 300 followers (low reach)']));
    const c = await caseOf(ana, got!.caseId!);
    expect(c).toMatchObject({ priority: 'HIGH', owningTeamId: supportEmea, ownerId: sam.id, accountId: northwind, status: 'NEW' });
    expect(c.mentions.map((m) => m.externalId)).toEqual([complaint.externalId]);
    // No business calendar on the team: four hours of every minute.
    const due = Date.parse(c.responseDueAt!);
    expect(due).toBeGreaterThanOrEqual(before + 4 * HOUR - 1000);
    expect(due).toBeLessThanOrEqual(Date.now() + 4 * HOUR + 1000);

    const mentionItem = await anaSocket.waitFor<FeedItemEvent & { item: { socialMention?: { caseId: string | null } | null } }>(
      'feed:item',
      (e) => e.item.kind === 'SOCIAL_MENTION' && e.item.subjectId === northwind,
      10_000,
    );
    expect(mentionItem.item.body).toBe(complaint.text);
    // The pushed item carries its mention; once routed (in the first push, or an update) with its case.
    type MentionItem = { item: { id: string; socialMention?: { caseId: string | null; intent: string; priority: string; accountId: string | null } | null } };
    const scored = () =>
      anaSocket
        .of<MentionItem>('feed:item')
        .concat(anaSocket.of<MentionItem>('feed:item:updated'))
        .find((e) => e.item.id === mentionItem.item.id && e.item.socialMention?.caseId === c.id);
    await waitUntil(() => !!scored(), 'the feed item with its scored mention', 10_000);
    expect(scored()!.item.socialMention).toMatchObject({ intent: 'COMPLAINT', priority: 'HIGH', accountId: northwind });
    const system = await anaSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.kind === 'SYSTEM' && e.item.subjectId === c.id, 10_000);
    expect(system.item.body).toBe(`Case opened from @northwind_hq's complaint on X, assigned to Support EMEA (Sam Agent) (rule "Negative complaints open a HIGH case for the support team")`);
    // The support team's agent is told live that the mention is on a case.
    await samSocket.waitFor<SocialMentionEvent>('social:mention', (e) => e.mention.externalId === complaint.externalId && e.mention.caseId === c.id, 10_000);
    // The case is Sam's: assigned to him like any case.
    const notes = await gqlOk<{ notifications: Array<{ kind: string; subjectId: string }> }>(api.url, `query { notifications(first: 20) { kind subjectId } }`, {}, sam.token);
    expect(notes.notifications).toContainEqual({ kind: 'ASSIGNMENT', subjectId: c.id });
  });

  it('a second complaint by the same persona within 7 days joins the case; 7 days after their last one it opens a new one', async () => {
    const first = mention('nw_buyer', 'The Tidings mobile app crashed again and lost my notes. Terrible.');
    await ingest(first);
    const caseId = (await mentionRow(first.externalId)).case_id!;
    expect(caseId).toMatch(/^case_/);
    await gqlOk(api.url, `mutation($id: ID!) { updateCase(id: $id, input: { status: RESOLVED }) { id } }`, { id: caseId }, sam.token);

    const again = mention('nw_buyer', 'Still broken. The app crashes every time I open a deal. Not acceptable.');
    await withClockAdvanced(api, 3 * 24 * HOUR, () => ingest(again));
    expect((await mentionRow(again.externalId)).case_id).toBe(caseId);
    const reopened = await caseOf(sam, caseId);
    expect(reopened.status).toBe('OPEN');
    expect(reopened.mentions.map((m) => m.externalId)).toEqual([first.externalId, again.externalId]);

    const later = mention('nw_buyer', 'Sync failed again and support never replied. Awful service.');
    await withClockAdvanced(api, (3 + 8) * 24 * HOUR, () => ingest(later));
    const newCase = (await mentionRow(later.externalId)).case_id!;
    expect(newCase).toMatch(/^case_/);
    expect(newCase).not.toBe(caseId);
  });

  it('two complaints by one persona arriving at once make one case', async () => {
    const a = mention('northwind_hq', 'Our Tidings login is broken for the whole team. Terrible.');
    const b = mention('northwind_hq', 'Still cannot log in, the page fails every time. Awful.');
    const existing = (await mentionRow(`case-test-1`)).case_id!;
    // Leave the persona's earlier case out of it: this is about the race, not about joining.
    await withClockAdvanced(api, 9 * 24 * HOUR, async () => {
      await Promise.all([postMentions(api.url, [a]), postMentions(api.url, [b])]);
      await routed(pg, [a.externalId, b.externalId]);
    });
    const [ra, rb] = [await mentionRow(a.externalId), await mentionRow(b.externalId)];
    expect(ra.case_id).toMatch(/^case_/);
    expect(rb.case_id).toBe(ra.case_id);
    expect(ra.case_id).not.toBe(existing);
    expect((await caseOf(sam, ra.case_id!)).mentions).toHaveLength(2);
  });

  it('works the inbox: NEW, claim to ASSIGNED, dismiss to DONE, UNMATCHED for the social desk only', async () => {
    const question = mention('someone_at_nw', '@northwind_hq how do I invite a colleague to our Tidings workspace?');
    const praise = mention('happy_nw', '@northwind_hq loving the new Tidings dashboards, great work!');
    const stranger = mention('passer_by', 'Tidings keeps failing to sync my calendar. Annoying.');
    await ingest(question, praise, stranger);

    expect(await find(sam, 'NEW', question.externalId)).toMatchObject({ intent: 'QUESTION', caseId: null, claimedById: null });
    const claimed = await gqlOk<{ claimMention: { claimedById: string } }>(api.url, `mutation($id: ID!) { claimMention(mentionId: $id) { claimedById } }`, { id: (await mentionRow(question.externalId)).id }, sam.token);
    expect(claimed.claimMention.claimedById).toBe(sam.id);
    expect(await find(sam, 'NEW', question.externalId)).toBeUndefined();
    expect(await find(sam, 'ASSIGNED', question.externalId)).toMatchObject({ claimedById: sam.id });
    const taken = await gql(api.url, `mutation($id: ID!) { claimMention(mentionId: $id) { id } }`, { id: (await mentionRow(question.externalId)).id }, ana.token);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'mentionId' });

    await gqlOk(api.url, `mutation($id: ID!) { dismissMention(mentionId: $id) { dismissedAt } }`, { id: (await mentionRow(praise.externalId)).id }, sam.token);
    expect(await find(sam, 'NEW', praise.externalId)).toBeUndefined();
    expect(await find(sam, 'DONE', praise.externalId)).toMatchObject({ intent: 'PRAISE' });

    // Unmatched: the social desk and admins see it; an ordinary colleague does not.
    expect(await find(dee, 'UNMATCHED', stranger.externalId)).toMatchObject({ accountId: null });
    expect(await find(admin, 'UNMATCHED', stranger.externalId)).toBeDefined();
    expect(await inboxQueue(api.url, bo.token, 'UNMATCHED')).toEqual([]);

    // Priority filter and order.
    const high = await inboxQueue(api.url, sam.token, 'ASSIGNED', ', priority: HIGH, orderBy: PRIORITY');
    expect(high.length).toBeGreaterThan(0);
    expect(high.every((m) => m.priority === 'HIGH')).toBe(true);
    // Paging one by one gives the same list, in every order.
    for (const orderBy of ['NEWEST', 'PRIORITY', 'DUE']) {
      const whole = await inboxQueue(api.url, sam.token, 'ASSIGNED', `, orderBy: ${orderBy}`);
      expect(whole.length).toBeGreaterThan(2);
      expect((await inboxQueue(api.url, sam.token, 'ASSIGNED', `, orderBy: ${orderBy}`, 1)).map((m) => m.id)).toEqual(whole.map((m) => m.id));
    }
    const ranks = (await inboxQueue(api.url, sam.token, 'ASSIGNED', ', orderBy: PRIORITY')).map((m) => ['LOW', 'MEDIUM', 'HIGH', 'URGENT'].indexOf(m.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('learns from corrections: the same text then reads as corrected, the persona keeps the account', async () => {
    const text = 'Trying the new Tidings pricing page today';
    const first = mention('pricing_watcher', text);
    await ingest(first);
    const before = await find(dee, 'UNMATCHED', first.externalId);
    expect(before?.intent).not.toBe('COMPLAINT');
    const corrected = await gqlOk<{ correctMention: { intent: string; accountId: string; caseId: string | null; why: string[] } }>(
      api.url,
      `mutation($id: ID!, $acc: ID!) { correctMention(mentionId: $id, intent: COMPLAINT, accountId: $acc) { intent accountId caseId why } }`,
      { id: before!.id, acc: northwind },
      admin.token,
    );
    // Matched by hand, the complaint gets what the rules give one matched on arrival: a case.
    expect(corrected.correctMention).toMatchObject({ intent: 'COMPLAINT', accountId: northwind });
    expect(corrected.correctMention.caseId).toMatch(/^case_/);
    expect(corrected.correctMention.why).toContainEqual(expect.stringMatching(new RegExp(`corrected the intent: ${before!.intent.toLowerCase()} → complaint$`)));
    // A fifth of corrections is held out of training to measure the classifier: correct copies of
    // the post until one teaches it.
    let heldOut = (await pg.query<{ held_out: boolean }>('SELECT held_out FROM social_training_examples WHERE mention_id = $1', [before!.id])).rows[0].held_out;
    for (let tries = 0; heldOut && tries < 20; tries++) {
      const copy = mention('pricing_watcher', text);
      await ingest(copy);
      const id = (await mentionRow(copy.externalId)).id;
      await gqlOk(api.url, `mutation($id: ID!) { correctMention(mentionId: $id, intent: COMPLAINT) { id } }`, { id }, admin.token);
      heldOut = (await pg.query<{ held_out: boolean }>('SELECT held_out FROM social_training_examples WHERE mention_id = $1', [id])).rows[0].held_out;
    }
    expect(heldOut).toBe(false);
    const second = mention('pricing_watcher', text);
    await ingest(second);
    const after = (await inboxQueue(api.url, sam.token, 'ASSIGNED')).find((m) => m.externalId === second.externalId);
    // Read as a complaint now, and about Northwind (the persona is linked), so it is on a case.
    expect(after).toMatchObject({ intent: 'COMPLAINT', accountId: northwind });
    expect(after!.why).toContain('complaint: an agent corrected this text before');
    expect(after!.caseId).toMatch(/^case_/);
    const accuracy = await gqlOk<{ socialClassifierAccuracy: { trainingExamples: number; heldOut: number } }>(api.url, `query { socialClassifierAccuracy { trainingExamples heldOut correct accuracy } }`, {}, sam.token);
    expect(accuracy.socialClassifierAccuracy.trainingExamples + accuracy.socialClassifierAccuracy.heldOut).toBeGreaterThan(60);
  });

  it('scores an edited post again: praise edited into a complaint gets its case', async () => {
    const post = mention('nw_editor', '@northwind_hq loving the new dashboards, great work!');
    await ingest(post);
    expect(await find(sam, 'NEW', post.externalId)).toMatchObject({ intent: 'PRAISE', caseId: null });
    const edited = { ...post, text: '@northwind_hq the dashboards are broken again and we are still waiting. Terrible.' };
    await postMentions(api.url, [edited]);
    await waitUntil(
      async () => (await pg.query('SELECT 1 FROM social_mentions WHERE external_id = $1 AND text = $2 AND routed_at IS NOT NULL', [post.externalId, edited.text])).rowCount === 1,
      'the edit scored',
    );
    const now = await find(sam, 'ASSIGNED', post.externalId);
    expect(now).toMatchObject({ intent: 'COMPLAINT', priority: 'HIGH', text: edited.text });
    expect(now!.caseId).toMatch(/^case_/);
  });

  it('converts and links by hand', async () => {
    const question = mention('nw_buyer_two', '@northwind_hq where can I download our invoices from Tidings?');
    const other = mention('nw_buyer_three', '@northwind_hq does Tidings export to Excel?');
    await ingest(question, other);
    const qid = (await mentionRow(question.externalId)).id;
    const converted = await gqlOk<{ convertMentionToCase: CaseView }>(api.url, `mutation($id: ID!) { convertMentionToCase(mentionId: $id) { ${CASE_FIELDS} } }`, { id: qid }, ana.token);
    expect(converted.convertMentionToCase).toMatchObject({ accountId: northwind, owningTeamId: supportEmea, priority: 'MEDIUM' });
    const linked = await gqlOk<{ linkMentionToCase: CaseView }>(
      api.url,
      `mutation($m: ID!, $c: ID!) { linkMentionToCase(mentionId: $m, caseId: $c) { ${CASE_FIELDS} } }`,
      { m: (await mentionRow(other.externalId)).id, c: converted.convertMentionToCase.id },
      ana.token,
    );
    expect(linked.linkMentionToCase.mentions.map((m) => m.externalId)).toEqual([question.externalId, other.externalId]);
    const twice = await gql(api.url, `mutation($id: ID!) { convertMentionToCase(mentionId: $id) { id } }`, { id: qid }, ana.token);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'mentionId' });
  });

  it('routing rules: admins edit them, the first match wins', async () => {
    const list = async () => (await gqlOk<{ routingRules: Array<{ id: string; position: number; name: string }> }>(api.url, `query { routingRules { id position name } }`, {}, admin.token)).routingRules;
    expect((await list()).map((r) => r.name)).toEqual(['Negative complaints open a HIGH case for the support team', 'Every other complaint opens a case for the support team']);
    const created = await gqlOk<{ createRoutingRule: { id: string; position: number } }>(
      api.url,
      `mutation { createRoutingRule(input: { name: "Refunds go to the account owner", position: 1, intents: [COMPLAINT], keywords: ["Refund"], createCase: true, casePriority: URGENT, assignTo: ACCOUNT_OWNER, addTopic: "refunds" }) { id position } }`,
      {},
      admin.token,
    );
    expect(created.createRoutingRule.position).toBe(1);
    const refund = mention('refund_asker', '@northwind_hq I was charged twice, I want a refund now. Awful.');
    await ingest(refund);
    const c = await caseOf(ana, (await mentionRow(refund.externalId)).case_id!);
    // The new first rule decided, not the default one below it.
    expect(c).toMatchObject({ ownerId: ana.id, owningTeamId: null, priority: 'URGENT' });

    const ids = (await list()).map((r) => r.id);
    await gqlOk(api.url, `mutation($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { id } }`, { ids: [...ids.slice(1), ids[0]] }, admin.token);
    expect((await list()).at(-1)?.id).toBe(created.createRoutingRule.id);
    await gqlOk(api.url, `mutation($id: ID!) { updateRoutingRule(id: $id, input: { enabled: false }) { enabled } }`, { id: created.createRoutingRule.id }, admin.token);
    expect(await gqlOk(api.url, `mutation($id: ID!) { deleteRoutingRule(id: $id) }`, { id: created.createRoutingRule.id }, admin.token)).toEqual({ deleteRoutingRule: true });
    expect(await list()).toHaveLength(2);
    const member = await gql(api.url, `query { routingRules { id } }`, {}, sam.token);
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("one mention the rules cannot route does not hold back the others", async () => {
    const gone = await createEmployee(api.url, admin, 'Gone Owner');
    const emptyTeam = await createTeam(api.url, admin, 'Nobody Yet', []);
    await createAccount(api.url, gone, { name: 'Orphan Ltd', socialHandles: [{ network: 'X', handle: 'orphan_ltd' }], supportTeamId: emptyTeam });
    await gqlOk(api.url, `mutation($id: ID!) { setEmployeeActive(employeeId: $id, active: false) { id } }`, { id: gone.id }, admin.token);
    // A support team without members and a disabled owner: nobody to give the case to.
    const stuck = mention('orphan_ltd', 'The Tidings export is broken and we are still waiting. Terrible.');
    const fine = mention('northwind_hq', 'Export broken again today, still waiting on a fix. Awful.');
    await ingest(stuck, fine);
    const stuckRow = await pg.query<{ case_id: string | null; why: string[] }>('SELECT case_id, why FROM social_mentions WHERE external_id = $1', [stuck.externalId]);
    expect(stuckRow.rows[0]).toMatchObject({ case_id: null });
    expect(stuckRow.rows[0].why).toContain('routing failed: a colleague should look at it');
    expect((await mentionRow(fine.externalId)).case_id).toMatch(/^case_/);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const mentionId = (await mentionRow('case-test-1')).id;
    const cases: Array<[string, Record<string, unknown>, TestEmployee, string]> = [
      [`mutation($id: ID!) { correctMention(mentionId: $id) { id } }`, { id: mentionId }, sam, 'intent'],
      [`mutation($id: ID!) { correctMention(mentionId: $id, accountId: "acc_00000000000000000000000000000000") { id } }`, { id: mentionId }, sam, 'accountId'],
      [`mutation { createRoutingRule(input: { name: "x", sentimentMin: 2 }) { id } }`, {}, admin, 'sentimentMin'],
      [`mutation { createRoutingRule(input: { name: "x", sentimentMin: 0.5, sentimentMax: -0.5 }) { id } }`, {}, admin, 'sentimentMin'],
      [`mutation { createRoutingRule(input: { name: "x", assignTo: TEAM }) { id } }`, {}, admin, 'assignTeamId'],
      [`mutation { createRoutingRule(input: { name: "   " }) { id } }`, {}, admin, 'name'],
      [`mutation { createRoutingRule(input: { name: "x", addTopic: "two words" }) { id } }`, {}, admin, 'addTopic'],
      [`mutation($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { id } }`, { ids: [] }, admin, 'ids'],
      [`query { socialInbox(first: 0) { edges { cursor } } }`, {}, sam, 'first'],
      [`query { socialInbox(after: "not-a-cursor") { edges { cursor } } }`, {}, sam, 'after'],
    ];
    for (const [query, variables, who, field] of cases) {
      const result = await gql(api.url, query, variables, who.token);
      expect([field, result.errors?.[0]?.extensions?.code, result.errors?.[0]?.extensions?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    const rules = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM social_routing_rules');
    expect(rules.rows[0].n).toBe(2);
    const missing = await gql(api.url, `mutation { claimMention(mentionId: "00000000-0000-7000-8000-000000000000") { id } }`, {}, sam.token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("never shows a private account's mention to someone who cannot open it: not in the inbox, the feed or a socket", async () => {
    await follow(api.url, bo, northwind);
    const boSocket = await sockets.connect(bo);
    const anaSocket = await sockets.connect(ana);
    const secret = mention('secret_co', '@tidings_help our private rollout is broken and we are still waiting. Terrible.');
    await ingest(secret);
    const secretRow = await mentionRow(secret.externalId);
    // Ana (the owner) sees it and gets it live.
    expect(await find(ana, 'ASSIGNED', secret.externalId)).toBeDefined();
    await anaSocket.waitFor<SocialMentionEvent>('social:mention', (e) => e.mention.externalId === secret.externalId, 10_000);
    // Barrier: a public mention on an account Bo follows reaches him after the secret one.
    const open = mention('northwind_hq', '@tidings_help thanks for the quick fix yesterday, brilliant!');
    await ingest(open);
    await boSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.kind === 'SOCIAL_MENTION' && e.item.body === open.text, 10_000);
    await boSocket.waitFor<SocialMentionEvent>('social:mention', (e) => e.mention.externalId === open.externalId, 10_000);
    const leaked = JSON.stringify(boSocket.events);
    expect(leaked).not.toContain(secret.text);
    expect(leaked).not.toContain(secretCo);
    expect(leaked).not.toContain(secretRow.case_id!);
    for (const queue of ['NEW', 'ASSIGNED', 'UNMATCHED', 'DONE']) {
      expect((await inboxQueue(api.url, bo.token, queue)).map((m) => m.externalId)).not.toContain(secret.externalId);
    }
    const feed = await gqlOk<{ feed: { edges: Array<{ node: { body: string | null } }> } }>(api.url, `query { feed(filter: SOCIAL, first: 50) { edges { node { body } } } }`, {}, bo.token);
    expect(feed.feed.edges.map((e) => e.node.body)).not.toContain(secret.text);
    const claim = await gql(api.url, `mutation($id: ID!) { claimMention(mentionId: $id) { id } }`, { id: secretRow.id }, bo.token);
    expect(claim.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
