import { DateTime } from 'luxon';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { postSocial, waitUntil, WEBHOOK_SECRETS } from '../support/webhooks';
import { createEmployee, createTeam, loginAdmin, TestEmployee } from '../factories/org';
import { advanceTo, caseSla, setTeamLead, slaActivities, sweep } from '../factories/sla';

interface CaseRow {
  id: string;
  priority: string;
  owningTeamId: string | null;
  responseDueAt: string | null;
  slaStatus: string | null;
}

/**
 * Issue 13, acceptance 3 end to end: a complaint arriving through a social connector opens a case
 * whose clock honours the support team's business hours; our reply through the connector stops it.
 */
describe('response SLA from social mentions', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let admin: TestEmployee;
  let ana: TestEmployee;
  let cy: TestEmployee;
  let team: string;
  let account: string;
  let serial = 0;

  beforeAll(async () => {
    db = await createTestDatabase('sla_social');
    api = await startApi(db.url, { ...WEBHOOK_SECRETS, TEST_CLOCK: 'on', SLA_SWEEP_SECONDS: '1', SOCIAL_OWN_HANDLES: 'x:acmecare' });
    admin = await loginAdmin(api.url);
    [ana, cy] = await Promise.all(['Ana', 'Cy'].map((n) => createEmployee(api.url, admin, n)));
    team = await createTeam(api.url, admin, 'Social Care', [cy.id]);
    await setTeamLead(api, admin, team, cy.id);
    await gqlOk(
      api.url,
      `mutation($t: ID!) { setBusinessCalendar(teamId: $t, input: { timeZone: "Europe/Berlin", workingDays: [1, 2, 3, 4, 5], opensAt: "09:00", closesAt: "17:00" }) { teamId } }`,
      { t: team },
      admin.token,
    );
    const created = await gqlOk<{ createAccount: { id: string } }>(
      api.url,
      `mutation($t: ID!) { createAccount(input: { name: "Northwind", socialHandles: [{ network: X, handle: "grumpy_gus" }], supportTeamId: $t }) { id } }`,
      { t: team },
      ana.token,
    );
    account = created.createAccount.id;
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  const mention = async (handle: string, text: string, postedAt: Date, replyToId?: string) => {
    const externalId = `sla-${++serial}`;
    const body = { externalId, network: 'x', author: { handle, name: handle, followers: 120 }, text, url: `https://x.com/${handle}/status/${serial}`, postedAt: postedAt.toISOString(), replyToId };
    const answer = await postSocial(api.url, 'generic', JSON.stringify(body));
    expect(answer.status).toBeLessThan(300);
    return externalId;
  };

  const casesOfAccount = async () =>
    (
      await gqlOk<{ cases: CaseRow[] }>(
        api.url,
        `query($a: ID!) { cases(accountId: $a) { id priority owningTeamId responseDueAt slaStatus } }`,
        { a: account },
        admin.token,
      )
    ).cases;

  it("gives a Friday-evening complaint a due time on Monday, warns in working time, and our reply stops the clock", async () => {
    let friday = DateTime.now().setZone('Europe/Berlin').plus({ days: 1 }).startOf('day');
    while (friday.weekday !== 5) friday = friday.plus({ days: 1 });
    const monday = friday.plus({ days: 3 });
    const now = await advanceTo(api, friday.set({ hour: 18, minute: 30 }).toMillis());

    const complaint = await mention('grumpy_gus', 'Your app crashed again and lost my order. Terrible service, I am furious. Nobody answers!', now);
    let opened: CaseRow | undefined;
    await waitUntil(async () => {
      opened = (await casesOfAccount())[0];
      return !!opened?.responseDueAt;
    }, 'a case with a running clock');
    // HIGH: four working hours, Monday 09:00 to 13:00 in Berlin.
    expect(opened).toMatchObject({ priority: 'HIGH', owningTeamId: team, slaStatus: 'ON_TRACK' });
    expect(opened!.responseDueAt).toBe(monday.set({ hour: 13 }).toUTC().toISO());

    await advanceTo(api, monday.set({ hour: 8, minute: 59 }).toMillis());
    await sweep(api);
    expect(await slaActivities(api, admin, opened!.id)).toEqual([]);
    await advanceTo(api, monday.set({ hour: 12, minute: 1 }).toMillis());
    await sweep(api);
    expect((await slaActivities(api, admin, opened!.id)).map((a) => a.body.split(':')[0])).toEqual(['SLA at risk']);

    // Our public reply arrives through the connector: the first response is in, on time.
    await mention('acmecare', '@grumpy_gus Sorry! We restored your order, check your inbox.', new Date(), complaint);
    await waitUntil(async () => (await caseSla(api, admin, opened!.id)).slaStatus === 'MET', 'the clock stopped by the reply');
    expect((await caseSla(api, admin, opened!.id)).responseDueAt).toBeNull();

    // The customer writes again on the same case: the next-response clock starts.
    await mention('grumpy_gus', 'It crashed again just now and my order is gone again. This is awful.', new Date());
    await waitUntil(async () => (await caseSla(api, admin, opened!.id)).slaStatus === 'ON_TRACK', 'the next-response clock');
    expect((await casesOfAccount()).map((c) => c.id)).toEqual([opened!.id]);
  });
});
