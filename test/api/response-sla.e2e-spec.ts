import { DateTime } from 'luxon';
import request from 'supertest';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { SocketPool } from '../support/socket';
import { createAccount, createCase, createEmployee, createTeam, feedOf, loginAdmin, TestEmployee } from '../factories/org';
import {
  advance,
  advanceTo,
  caseSla,
  customerMessage,
  MINUTE,
  resetClock,
  setCaseStatus,
  setTeamLead,
  slaActivities,
  slaNotifications,
  sweep,
} from '../factories/sla';

interface NotificationEvent {
  notification: { id: string; kind: string; activityId: string; subjectId: string; actorId: string | null } | null;
  unreadCount: number;
}

const HIGH_MINUTES = 240;

/** Issue 13, acceptance 3 (one process): the response clock of a case, with a clock the test moves. */
describe('response SLA', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let admin: TestEmployee;
  let ana: TestEmployee; // case owner (assignee)
  let cy: TestEmployee; // support team member
  let dee: TestEmployee; // support team lead
  let eve: TestEmployee; // outside the team
  let team: string;
  let account: string;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('response_sla');
    api = await startApi(db.url, { TEST_CLOCK: 'on', SLA_SWEEP_SECONDS: '2' });
    admin = await loginAdmin(api.url);
    [ana, cy, dee, eve] = await Promise.all(['Ana', 'Cy', 'Dee', 'Eve'].map((n) => createEmployee(api.url, admin, n)));
    team = await createTeam(api.url, admin, 'Social Care', [cy.id, dee.id]);
    await setTeamLead(api, admin, team, dee.id);
    account = await createAccount(api.url, ana);
  });

  beforeEach(() => resetClock(api));

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await db?.drop();
  });

  const newCase = (input: Record<string, unknown> = {}) => createCase(api.url, ana, account, { priority: 'HIGH', owningTeamId: team, ...input });

  it('warns the assignee at 75% and the assignee, team and lead at 100%, and not before', async () => {
    const [anaSocket, cySocket, deeSocket] = await Promise.all([ana, cy, dee].map((who) => sockets.connect(who)));
    const caseId = await newCase();
    expect((await caseSla(api, ana, caseId)).slaStatus).toBeNull();

    const startedAt = Date.now();
    await customerMessage(api, caseId);
    const started = await caseSla(api, ana, caseId);
    expect(started.slaStatus).toBe('ON_TRACK');
    // HIGH: four hours (no calendar on the team: every minute counts).
    expect(Math.abs(new Date(started.responseDueAt!).getTime() - (startedAt + HIGH_MINUTES * MINUTE))).toBeLessThan(10_000);

    // 74%: nothing is due yet.
    await advance(api, 0.74 * HIGH_MINUTES * MINUTE);
    await sweep(api);
    expect(await slaActivities(api, ana, caseId)).toEqual([]);
    expect((await caseSla(api, ana, caseId)).slaStatus).toBe('ON_TRACK');

    // 75% (plus a minute): the at-risk warning, to the assignee only.
    await advance(api, 0.02 * HIGH_MINUTES * MINUTE);
    await sweep(api);
    const atRisk = await anaSocket.waitFor<NotificationEvent>('notification', (e) => e.notification?.kind === 'SLA_AT_RISK' && e.notification.subjectId === caseId);
    expect(atRisk.notification?.actorId).toBeNull();
    const afterRisk = await slaActivities(api, ana, caseId);
    expect(afterRisk).toHaveLength(1);
    expect(afterRisk[0].body).toMatch(/^SLA at risk: the first response on ".+" is due in 1 h\.$/);
    expect(atRisk.notification?.activityId).toBe(afterRisk[0].id);
    expect((await caseSla(api, ana, caseId)).slaStatus).toBe('AT_RISK');
    expect((await slaNotifications(api, ana, caseId)).map((n) => n.kind)).toEqual(['SLA_AT_RISK']);

    // 100%: the breach, to the assignee, the team's members and its lead.
    await advance(api, 0.25 * HIGH_MINUTES * MINUTE);
    await sweep(api);
    for (const socket of [anaSocket, cySocket, deeSocket]) {
      await socket.waitFor<NotificationEvent>('notification', (e) => e.notification?.kind === 'SLA_BREACHED' && e.notification.subjectId === caseId);
    }
    const afterBreach = await slaActivities(api, ana, caseId);
    expect(afterBreach.map((a) => a.body.split(':')[0])).toEqual(['SLA at risk', 'SLA breached']);
    expect(afterBreach[1].body).toMatch(/^SLA breached: no first response on ".+" within 4 h\.$/);
    expect((await caseSla(api, ana, caseId)).slaStatus).toBe('BREACHED');

    // Each moment fired once; the team heard of the breach only; someone outside heard nothing.
    await sweep(api);
    expect((await slaNotifications(api, ana, caseId)).map((n) => n.kind).sort()).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
    expect((await slaNotifications(api, cy, caseId)).map((n) => n.kind)).toEqual(['SLA_BREACHED']);
    expect((await slaNotifications(api, dee, caseId)).map((n) => n.kind)).toEqual(['SLA_BREACHED']);
    expect(await slaNotifications(api, eve, caseId)).toEqual([]);
    expect(anaSocket.of<NotificationEvent>('notification').filter((e) => e.notification?.subjectId === caseId)).toHaveLength(2);
    expect(cySocket.of<NotificationEvent>('notification').filter((e) => e.notification?.subjectId === caseId).map((e) => e.notification?.kind)).toEqual([
      'SLA_BREACHED',
    ]);
  });

  it("moves a Friday-evening complaint's due time to Monday with business hours, and warns in working time only", async () => {
    await gqlOk(
      api.url,
      `mutation($t: ID!) { setBusinessCalendar(teamId: $t, input: { timeZone: "Europe/Berlin", workingDays: [1, 2, 3, 4, 5], opensAt: "09:00", closesAt: "17:00" }) { teamId } }`,
      { t: team },
      admin.token,
    );
    try {
      // The next Friday, 18:30 in Berlin, at least a day ahead.
      let friday = DateTime.now().setZone('Europe/Berlin').plus({ days: 1 }).startOf('day');
      while (friday.weekday !== 5) friday = friday.plus({ days: 1 });
      const fridayEvening = friday.set({ hour: 18, minute: 30 });
      const monday = friday.plus({ days: 3 });
      await advanceTo(api, fridayEvening.toMillis());
      const caseId = await newCase();
      await customerMessage(api, caseId);

      // Four working hours from Friday 18:30: Monday 09:00 + 4 h.
      const due = (await caseSla(api, ana, caseId)).responseDueAt;
      expect(due).toBe(monday.set({ hour: 13, minute: 0 }).toUTC().toISO());

      // Saturday noon and Sunday night: no warning over the weekend.
      await advanceTo(api, friday.plus({ days: 1 }).set({ hour: 12 }).toMillis());
      await sweep(api);
      await advanceTo(api, monday.set({ hour: 8, minute: 59 }).toMillis());
      await sweep(api);
      expect(await slaActivities(api, ana, caseId)).toEqual([]);
      expect((await caseSla(api, ana, caseId)).slaStatus).toBe('ON_TRACK');

      // Monday 12:01 (75% of four working hours is 12:00): the warning comes.
      await advanceTo(api, monday.set({ hour: 12, minute: 1 }).toMillis());
      await sweep(api);
      const fired = await slaActivities(api, ana, caseId);
      expect(fired.map((a) => a.body)).toEqual([expect.stringMatching(/^SLA at risk: .* due in 1 h of business hours\.$/)]);
    } finally {
      await gqlOk(api.url, `mutation($t: ID!) { removeBusinessCalendar(teamId: $t) }`, { t: team }, admin.token);
    }
  });

  it('pauses while the case waits on the customer and shifts the due time by the pause', async () => {
    const caseId = await newCase({ status: 'OPEN' });
    await customerMessage(api, caseId);
    await advance(api, 60 * MINUTE);
    await setCaseStatus(api, ana, caseId, 'PENDING_CUSTOMER');
    const paused = await caseSla(api, ana, caseId);
    expect(paused).toMatchObject({ responseDueAt: null, slaStatus: 'ON_TRACK' });

    // Ten hours of waiting on the customer would have breached a running clock twice over.
    await advance(api, 10 * 60 * MINUTE);
    await sweep(api);
    expect(await slaActivities(api, ana, caseId)).toEqual([]);

    const resumedAt = (await advance(api, 0)).getTime();
    await setCaseStatus(api, ana, caseId, 'OPEN');
    const resumed = await caseSla(api, ana, caseId);
    expect(resumed.slaStatus).toBe('ON_TRACK');
    // Three of the four hours were left.
    expect(Math.abs(new Date(resumed.responseDueAt!).getTime() - (resumedAt + 180 * MINUTE))).toBeLessThan(10_000);

    // The at-risk moment (three hours of running time) comes two hours after the resume, not before.
    await advance(api, 118 * MINUTE);
    await sweep(api);
    expect(await slaActivities(api, ana, caseId)).toEqual([]);
    await advance(api, 3 * MINUTE);
    await sweep(api);
    expect((await slaActivities(api, ana, caseId)).map((a) => a.body.split(':')[0])).toEqual(['SLA at risk']);
  });

  it('stops every clock when the case is resolved: no breach after resolution', async () => {
    const resolved = await newCase({ status: 'OPEN' });
    const control = await newCase({ status: 'OPEN' });
    await customerMessage(api, resolved);
    await customerMessage(api, control);
    await setCaseStatus(api, ana, resolved, 'RESOLVED');
    expect(await caseSla(api, ana, resolved)).toMatchObject({ responseDueAt: null, slaStatus: 'MET' });

    await advance(api, (HIGH_MINUTES + 5) * MINUTE);
    await sweep(api);
    // Barrier: the same sweep breached the control case, so it did run past the resolved one.
    expect((await slaActivities(api, ana, control)).map((a) => a.body.split(':')[0])).toEqual(['SLA breached']);
    expect(await slaActivities(api, ana, resolved)).toEqual([]);
    expect(await slaNotifications(api, ana, resolved)).toEqual([]);
    expect((await caseSla(api, ana, control)).slaStatus).toBe('BREACHED');

    // Reopening starts nothing by itself; the customer's next message starts the next-response clock.
    await setCaseStatus(api, ana, resolved, 'OPEN');
    expect(await caseSla(api, ana, resolved)).toMatchObject({ responseDueAt: null, slaStatus: 'MET' });
    await customerMessage(api, resolved);
    expect((await caseSla(api, ana, resolved)).slaStatus).toBe('ON_TRACK');
  });

  it('logSocialReply logs the public reply on the case and stops the running clock', async () => {
    const caseId = await newCase();
    await customerMessage(api, caseId);
    const { logSocialReply } = await gqlOk<{ logSocialReply: { id: string; responseDueAt: string | null; slaStatus: string } }>(
      api.url,
      `mutation($c: ID!, $b: String!, $u: String) { logSocialReply(caseId: $c, body: $b, url: $u) { id responseDueAt slaStatus } }`,
      { c: caseId, b: 'Sorry about that, we are on it. DM us your order number.', u: 'https://x.com/acme/status/42' },
      cy.token,
    );
    expect(logSocialReply).toEqual({ id: caseId, responseDueAt: null, slaStatus: 'MET' });
    const feed = await feedOf(api.url, ana, { filter: 'SUBJECT', subjectId: caseId, first: 5 });
    expect(feed.edges[0].node).toMatchObject({
      kind: 'SYSTEM',
      body: 'Replied on X: Sorry about that, we are on it. DM us your order number.\nhttps://x.com/acme/status/42',
    });

    // The customer writes again: the next-response clock runs; a later reply stops it too.
    await customerMessage(api, caseId);
    expect((await caseSla(api, ana, caseId)).slaStatus).toBe('ON_TRACK');
    expect((await caseSla(api, ana, caseId)).responseDueAt).not.toBeNull();
    await gqlOk(api.url, `mutation($c: ID!) { logSocialReply(caseId: $c, body: "Fixed now.") { id } }`, { c: caseId }, ana.token);
    expect(await caseSla(api, ana, caseId)).toMatchObject({ responseDueAt: null, slaStatus: 'MET' });
  });

  it("an agent's first post or comment on the case stops the first-response clock", async () => {
    const byPost = await newCase();
    const byComment = await newCase();
    await customerMessage(api, byPost);
    await customerMessage(api, byComment);
    await gqlOk(api.url, `mutation($s: ID!) { post(input: { subjectId: $s, body: "Calling the customer now" }) { id } }`, { s: byPost }, cy.token);
    expect((await caseSla(api, ana, byPost)).slaStatus).toBe('MET');

    // A comment on the case's own feed (here under its "new case" activity).
    const feed = await feedOf(api.url, ana, { filter: 'SUBJECT', subjectId: byComment, first: 5 });
    expect((await caseSla(api, ana, byComment)).slaStatus).toBe('ON_TRACK');
    await gqlOk(api.url, `mutation($a: ID!) { comment(activityId: $a, body: "On it") { id } }`, { a: feed.edges[0].node.id }, dee.token);
    expect((await caseSla(api, ana, byComment)).slaStatus).toBe('MET');
  });

  it('refuses bad replies naming the field, and replies on a case the viewer cannot open', async () => {
    const caseId = await newCase();
    const reply = (vars: Record<string, unknown>, who = ana) =>
      gql(api.url, `mutation($c: ID!, $b: String!, $u: String) { logSocialReply(caseId: $c, body: $b, url: $u) { id } }`, { c: caseId, b: 'ok', ...vars }, who.token);
    for (const [vars, field] of [
      [{ b: '   ' }, 'body'],
      [{ u: 'javascript:alert(1)' }, 'url'],
      [{ u: 'not a link' }, 'url'],
      [{ c: 'acc_0193a1b2c3d4e5f60718293a4b5c6d7e' }, 'caseId'],
    ] as const) {
      const result = await reply(vars);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const secret = await createCase(api.url, ana, account, { visibility: 'PRIVATE' });
    const refused = await gql(api.url, `mutation($c: ID!) { logSocialReply(caseId: $c, body: "hi") { id } }`, { c: secret }, eve.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await feedOf(api.url, ana, { filter: 'SUBJECT', subjectId: secret, first: 5 })).edges.map((e) => e.node.kind)).toEqual(['RECORD_CHANGE']);
  });

  it('lets admins edit policies and calendars, with errors that name the field', async () => {
    const { slaPolicies } = await gqlOk<{ slaPolicies: Array<{ priority: string; firstResponseMinutes: number; nextResponseMinutes: number }> }>(
      api.url,
      '{ slaPolicies { priority firstResponseMinutes nextResponseMinutes } }',
      {},
      eve.token,
    );
    expect(slaPolicies).toEqual([
      { priority: 'URGENT', firstResponseMinutes: 60, nextResponseMinutes: 60 },
      { priority: 'HIGH', firstResponseMinutes: 240, nextResponseMinutes: 240 },
      { priority: 'MEDIUM', firstResponseMinutes: 1440, nextResponseMinutes: 1440 },
      { priority: 'LOW', firstResponseMinutes: 1440, nextResponseMinutes: 1440 },
    ]);
    const update = `mutation($i: SlaPolicyInput!) { updateSlaPolicy(priority: URGENT, input: $i) { priority firstResponseMinutes } }`;
    expect((await gql(api.url, update, { i: { firstResponseMinutes: 30, nextResponseMinutes: 30 } }, ana.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(api.url, update, { i: { firstResponseMinutes: 0, nextResponseMinutes: 30 } }, admin.token)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'firstResponseMinutes',
    });
    await gqlOk(api.url, update, { i: { firstResponseMinutes: 30, nextResponseMinutes: 20 } }, admin.token);
    try {
      const caseId = await newCase({ priority: 'URGENT' });
      const before = Date.now();
      await customerMessage(api, caseId);
      const due = new Date((await caseSla(api, ana, caseId)).responseDueAt!).getTime();
      expect(Math.abs(due - (before + 30 * MINUTE))).toBeLessThan(10_000);
    } finally {
      await gqlOk(api.url, update, { i: { firstResponseMinutes: 60, nextResponseMinutes: 60 } }, admin.token);
    }

    const setCalendar = `mutation($t: ID!, $i: BusinessCalendarInput!) { setBusinessCalendar(teamId: $t, input: $i) { teamId timeZone workingDays opensAt closesAt holidays } }`;
    const good = { timeZone: 'America/New_York', workingDays: [5, 1, 2], opensAt: '08:30', closesAt: '24:00', holidays: ['2026-12-25'] };
    for (const [bad, field] of [
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ workingDays: [0] }, 'workingDays'],
      [{ opensAt: '9am' }, 'opensAt'],
      [{ closesAt: '08:00' }, 'closesAt'],
      [{ holidays: ['2026-02-30'] }, 'holidays'],
    ] as const) {
      const result = await gql(api.url, setCalendar, { t: team, i: { ...good, ...bad } }, admin.token);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await gql(api.url, setCalendar, { t: team, i: good }, cy.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { setBusinessCalendar } = await gqlOk<{ setBusinessCalendar: Record<string, unknown> }>(api.url, setCalendar, { t: team, i: good }, admin.token);
    expect(setBusinessCalendar).toEqual({ teamId: team, timeZone: 'America/New_York', workingDays: [1, 2, 5], opensAt: '08:30', closesAt: '24:00', holidays: ['2026-12-25'] });
    expect((await gqlOk<{ removeBusinessCalendar: boolean }>(api.url, `mutation($t: ID!) { removeBusinessCalendar(teamId: $t) }`, { t: team }, admin.token)).removeBusinessCalendar).toBe(true);

    const { teams } = await gqlOk<{ teams: Array<{ id: string; lead: { id: string } | null }> }>(api.url, '{ teams { id lead { id } } }', {}, eve.token);
    expect(teams.find((t) => t.id === team)?.lead?.id).toBe(dee.id);
    expect((await gql(api.url, `mutation($t: ID!, $e: ID) { setTeamLead(teamId: $t, employeeId: $e) { id } }`, { t: team, e: cy.id }, ana.token)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('reads the SLA fields of a page of cases in a fixed number of statements', async () => {
    const other = await createAccount(api.url, ana);
    const statementsFor = async (n: number) => {
      const res = await request(api.url)
        .post('/graphql')
        .set('authorization', `Bearer ${ana.token}`)
        .set('x-tidings-diagnostics', '1')
        .send({ query: 'query($a: ID!, $n: Int) { cases(accountId: $a, first: $n) { id responseDueAt slaStatus } }', variables: { a: other, n } });
      const body = res.body as { data: { cases: Array<{ slaStatus: string | null }> }; extensions: { diagnostics: { sqlStatements: number } } };
      expect(body.data.cases).toHaveLength(n);
      expect(body.data.cases.every((c) => c.slaStatus === 'ON_TRACK')).toBe(true);
      return body.extensions.diagnostics.sqlStatements;
    };
    for (let i = 0; i < 8; i++) await customerMessage(api, await createCase(api.url, ana, other, { priority: 'HIGH' }));
    expect(await statementsFor(8)).toBe(await statementsFor(2));
  });

  it('hands a breached case to the policy’s escalation team and its lead', async () => {
    const escalation = await createTeam(api.url, admin, 'Escalations', [eve.id]);
    await setTeamLead(api, admin, escalation, eve.id);
    const update = `mutation($t: ID) { updateSlaPolicy(priority: LOW, input: { firstResponseMinutes: 1440, nextResponseMinutes: 1440, onBreachReassignToTeamId: $t }) { onBreachReassignToTeamId } }`;
    await gqlOk(api.url, update, { t: escalation }, admin.token);
    try {
      const caseId = await newCase({ priority: 'LOW' });
      await customerMessage(api, caseId);
      await advance(api, 1441 * MINUTE);
      await sweep(api);
      const moved = await gqlOk<{ case: { owningTeamId: string; owner: { id: string } } }>(
        api.url,
        `query($id: ID!) { case(id: $id) { owningTeamId owner { id } } }`,
        { id: caseId },
        admin.token,
      );
      expect(moved.case).toEqual({ owningTeamId: escalation, owner: { id: eve.id } });
      expect((await slaActivities(api, admin, caseId)).map((a) => a.body)).toEqual([expect.stringMatching(/^SLA breached: .* within 24 h\. Handed to Escalations\.$/)]);
      // The breach went to the team that had it; the new owner gets the case as an assignment from nobody.
      expect((await slaNotifications(api, dee, caseId)).map((n) => n.kind)).toEqual(['SLA_BREACHED']);
      const { notifications } = await gqlOk<{ notifications: Array<{ kind: string; subjectId: string; actorId: string | null }> }>(
        api.url,
        '{ notifications(first: 20) { kind subjectId actorId } }',
        {},
        eve.token,
      );
      expect(notifications.filter((n) => n.subjectId === caseId)).toEqual([{ kind: 'ASSIGNMENT', subjectId: caseId, actorId: null }]);
    } finally {
      await gqlOk(api.url, update, { t: null }, admin.token);
    }
  });
});
