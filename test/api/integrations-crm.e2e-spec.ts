import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { FeedItemEvent, SocketPool } from '../support/socket';
import { createEmployee, feedOf, follow, login, loginAdmin, TestEmployee } from '../factories/org';
import { fixture, hexSignature, postCrm, postHubspot, postRaw, waitUntil, WEBHOOK_SECRETS } from '../support/webhooks';

/** CRM events in their wire formats become mirrored records and the same activities as in-app edits. */
describe('CRM events webhook', () => {
  let db: TestDatabase;
  let pg: Client;
  let api: ApiServer;
  let admin: TestEmployee;
  let casey: TestEmployee;
  let ana: TestEmployee;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('integrations_crm');
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    api = await startApi(db.url, { ...WEBHOOK_SECRETS, INTEGRATIONS_SWEEP_MS: '500' });
    admin = await loginAdmin(api.url);
    await gqlOk(
      api.url,
      `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
      { input: { email: 'casey.quinn@example.test', name: 'Casey Quinn', password: 'correct horse battery', role: 'MEMBER', handle: 'caseyq' } },
      admin.token,
    );
    casey = await login(api.url, 'casey.quinn@example.test', 'correct horse battery');
    ana = await createEmployee(api.url, admin, 'Ana');
  });

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await pg?.end();
    await db?.drop();
  });

  const externalRecord = async (source: string, externalId: string, who = ana) =>
    gql<{ externalRecord: string }>(api.url, `query($s: String!, $e: String!) { externalRecord(source: $s, externalId: $e) }`, { s: source, e: externalId }, who.token);
  const mirrored = async (source: string, externalId: string): Promise<string> => {
    let id: string | undefined;
    await waitUntil(async () => !!(id = (await externalRecord(source, externalId)).data?.externalRecord), `${source} ${externalId} mirrored`);
    return id!;
  };
  const deal = (id: string) =>
    gqlOk<{ deal: { name: string; stage: string; amount: number; account: { id: string; name: string } } }>(
      api.url,
      `query($id: ID!) { deal(id: $id) { name stage amount account { id name } } }`,
      { id },
      ana.token,
    ).then((d) => d.deal);
  const inboxCount = async () => (await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM integration_inbox')).rows[0].n;

  it('mirrors a tidings-format deal event: created under a stub account, the actor resolved by email', async () => {
    const answer = await postCrm(api.url, fixture('crm/tidings-deal-stage.json'));
    expect(answer).toEqual({ status: 200, body: { results: [{ index: 0, status: 'accepted' }] } });
    const id = await mirrored('netsuite', 'OPP-48213');
    expect(await deal(id)).toMatchObject({ name: 'Northwind Traders renewal 2026', stage: 'NEGOTIATION', amount: 48000, account: { name: 'Netsuite account CUST-1007' } });
    expect((await externalRecord('netsuite', 'CUST-1007')).data?.externalRecord).toBe((await deal(id)).account.id);
    const page = await feedOf(api.url, casey, { filter: 'SUBJECT', subjectId: id });
    expect(page.edges.map((e) => [e.node.kind, e.node.body])).toEqual([['RECORD_CHANGE', 'New deal: Northwind Traders renewal 2026']]);
    const actor = await gqlOk<{ activity: { actor: { name: string } | null } }>(api.url, `query($id: ID!) { activity(id: $id) { actor { name } } }`, { id: page.edges[0].node.id }, casey.token);
    expect(actor.activity.actor?.name).toBe('Casey Quinn');
  });

  it('answers a redelivery as a duplicate and changes nothing', async () => {
    const id = await mirrored('netsuite', 'OPP-48213');
    const before = (await feedOf(api.url, ana, { filter: 'SUBJECT', subjectId: id })).edges.length;
    const again = await postCrm(api.url, fixture('crm/tidings-deal-stage.json'));
    expect(again.body.results).toEqual([{ index: 0, status: 'duplicate' }]);
    // Barrier: a later event on the same record is processed, so the duplicate had its chance too.
    const later = JSON.stringify({ eventId: 'evt-after-dup', occurredAt: '2026-03-02T09:30:00Z', source: 'netsuite', record: { type: 'deal', externalId: 'OPP-48213' }, changes: [{ field: 'amount', from: 48000, to: 50000 }], actor: { email: 'someone.else@example.test' } });
    expect((await postCrm(api.url, later)).body.results).toEqual([{ index: 0, status: 'accepted' }]);
    await waitUntil(async () => (await deal(id)).amount === 50000, 'later event applied');
    const bodies = (await feedOf(api.url, ana, { filter: 'SUBJECT', subjectId: id })).edges.map((e) => e.node.body);
    expect(bodies).toHaveLength(before + 1);
    // An actor Tidings does not know: the change says where it came from.
    expect(bodies[0]).toBe('Northwind Traders renewal 2026: amount 48,000 → 50,000 (via Netsuite)');
  });

  it('refuses a tampered byte, an unsigned body and a wrong secret with 401, writing nothing', async () => {
    const before = await inboxCount();
    const body = fixture('crm/tidings-business-event.json');
    const signed = await postCrm(api.url, body);
    expect(signed.status).toBe(200);
    const tampered = body.replace('12400', '12401');
    const good = (await postRaw(`${api.url}/api/integrations/crm/events`, tampered, {
      'x-tidings-signature': hexSignature(WEBHOOK_SECRETS.CRM_WEBHOOK_SECRET, body),
    })).status;
    expect(good).toBe(401);
    expect((await postRaw(`${api.url}/api/integrations/crm/events`, tampered, {})).status).toBe(401);
    const wrong = await postRaw(`${api.url}/api/integrations/crm/events`, tampered, { 'x-tidings-signature': hexSignature('another-secret-entirely-0000', tampered) });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe('UNAUTHENTICATED');
    expect(await inboxCount()).toBe(before + 1);
  });

  it('answers malformed events with 400 naming the field, and bodies over 1 MB with 413', async () => {
    const missing = JSON.parse(fixture('crm/tidings-deal-stage.json')) as { record: { externalId?: string } };
    delete missing.record.externalId;
    const a = await postCrm(api.url, JSON.stringify(missing));
    expect(a.status).toBe(400);
    expect(a.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'record.externalId' });
    const badStage = JSON.parse(fixture('crm/tidings-deal-stage.json')) as { changes: Array<{ to: string }> };
    badStage.changes[0].to = 'Somewhere odd';
    const b = await postCrm(api.url, JSON.stringify(badStage));
    expect(b.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'record.fields.stage' });
    expect(b.body.error?.message).toMatch(/^record\.fields\.stage: "Somewhere odd" has no Tidings stage/);
    const c = await postCrm(api.url, '{"eventId": ');
    expect(c.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect((await postCrm(api.url, '{}', '?format=excel')).body.error).toMatchObject({ field: 'format' });
    const huge = JSON.stringify({ ...JSON.parse(fixture('crm/tidings-business-event.json')), name: 'x'.repeat(1_100_000) });
    expect((await postCrm(api.url, huge)).status).toBe(413);
  });

  it('turns a business event into a BUSINESS_EVENT on the account that its followers get live', async () => {
    const accountId = await mirrored('netsuite', 'CUST-1007');
    await follow(api.url, ana, accountId);
    const socket = await sockets.connect(ana);
    const event = { ...(JSON.parse(fixture('crm/tidings-business-event.json')) as Record<string, unknown>), eventId: 'inv-INV-1042-overdue-2' };
    await postCrm(api.url, JSON.stringify(event));
    const pushed = await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.kind === 'BUSINESS_EVENT', 10_000);
    expect(pushed.item).toMatchObject({ subjectId: accountId, body: 'Invoice INV-1042 overdue (€12,400)', actor: null });
  });

  it('takes Salesforce CDC as a decoded payload and as a CometD envelope', async () => {
    const decoded = await postCrm(api.url, fixture('crm/salesforce-cdc-opportunity.json'));
    expect(decoded.body.results).toEqual([{ index: 0, status: 'accepted' }]);
    const dealId = await mirrored('salesforce', '0065g00000AbCdEAAZ');
    expect(await deal(dealId)).toMatchObject({ name: 'Salesforce deal 0065g00000AbCdEAAZ', stage: 'CLOSED_WON', amount: 75000, account: { name: 'Unassigned (Salesforce)' } });
    expect((await feedOf(api.url, ana, { filter: 'SUBJECT', subjectId: dealId })).edges[0].node.body).toBe('New deal: Salesforce deal 0065g00000AbCdEAAZ (via Salesforce)');

    const envelope = await postCrm(api.url, fixture('crm/salesforce-cdc-envelope.json'), '?format=salesforce-cdc');
    expect(envelope.body.results).toEqual([{ index: 0, status: 'accepted' }]);
    const caseId = await mirrored('salesforce', '5005g00000QrStUAAZ');
    const c = await gqlOk<{ case: { subject: string; status: string; priority: string; account: { name: string } } }>(
      api.url,
      `query($id: ID!) { case(id: $id) { subject status priority account { name } } }`,
      { id: caseId },
      ana.token,
    );
    expect(c.case).toEqual({ subject: 'Sync job stalls after the March update', status: 'NEW', priority: 'HIGH', account: { name: 'Salesforce account 0015g00000LmNoPAAV' } });
    // transactionKey + sequenceNumber identify a change: the same one again is a duplicate.
    expect((await postCrm(api.url, fixture('crm/salesforce-cdc-envelope.json'))).body.results).toEqual([{ index: 0, status: 'duplicate' }]);
  });

  it('takes a HubSpot batch item by item, with its v3 signature, and refuses stale or wrongly signed ones', async () => {
    const items = JSON.parse(fixture('crm/hubspot-batch.json')) as unknown[];
    const body = JSON.stringify([...items, { eventId: 3816279399, subscriptionType: 'deal.propertyChange', objectId: 31415926535, occurredAt: 1772441010000, propertyName: 'dealstage', propertyValue: 'no-such-stage' }]);
    const stale = await postHubspot(api.url, body, { timestamp: Date.now() - 6 * 60_000 });
    expect(stale.status).toBe(401);
    const elsewhere = await postHubspot(api.url, body, { signedUrl: 'https://attacker.example/api/integrations/crm/events?format=hubspot' });
    expect(elsewhere.status).toBe(401);
    expect(await externalRecord('hubspot', '31415926535')).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });

    const answer = await postHubspot(api.url, body);
    expect(answer.status).toBe(200);
    expect(answer.body.results?.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted', 'rejected']);
    expect(answer.body.results?.[3].error).toMatch(/^propertyValue: "no-such-stage" has no Tidings stage/);
    const id = await mirrored('hubspot', '31415926535');
    await waitUntil(async () => (await deal(id)).stage === 'CLOSED_WON', 'hubspot stages applied');
    expect((await deal(id)).name).toBe('HubSpot deal 31415926535');
    const changes = (await feedOf(api.url, ana, { filter: 'SUBJECT', subjectId: id })).edges.map((e) => e.node.body);
    expect(changes).toEqual([
      'HubSpot deal 31415926535: stage Negotiation → Closed Won (via HubSpot)',
      'HubSpot deal 31415926535: stage Prospecting → Negotiation (via HubSpot)',
      'New deal: HubSpot deal 31415926535 (via HubSpot)',
    ]);
  });

  it('keeps the newest state when events arrive out of order, and the feed shows the real sequence', async () => {
    const ev = (eventId: string, occurredAt: string, stage: string, from: string) =>
      JSON.stringify({ eventId, occurredAt, source: 'pipedrive', record: { type: 'deal', externalId: 'PD-9', name: 'Contoso expansion', accountExternalId: 'PD-ORG-1' }, changes: [{ field: 'stage', from, to: stage }] });
    await postCrm(api.url, ev('pd-1', '2026-03-02T09:00:00Z', 'PROPOSAL', 'PROSPECTING'));
    const id = await mirrored('pipedrive', 'PD-9');
    expect((await postCrm(api.url, ev('pd-3', '2026-03-02T10:10:00Z', 'CLOSED_WON', 'NEGOTIATION'))).body.results?.[0].status).toBe('accepted');
    await waitUntil(async () => (await deal(id)).stage === 'CLOSED_WON', 'newest applied');
    expect((await postCrm(api.url, ev('pd-2', '2026-03-02T10:00:00Z', 'NEGOTIATION', 'PROPOSAL'))).body.results?.[0].status).toBe('stale');
    await waitUntil(async () => (await feedOf(api.url, ana, { filter: 'SUBJECT', subjectId: id })).edges.length === 3, 'late event recorded');
    expect((await deal(id)).stage).toBe('CLOSED_WON');
    const bodies = (await feedOf(api.url, ana, { filter: 'SUBJECT', subjectId: id })).edges.map((e) => e.node.body);
    // Closed Won was applied while the record still stood at Proposal: that is the move it made here.
    expect(bodies).toEqual([
      'Contoso expansion: stage Proposal → Closed Won (via Pipedrive)',
      'Contoso expansion: stage Proposal → Negotiation (via Pipedrive)',
      'New deal: Contoso expansion (via Pipedrive)',
    ]);
  });

  it('answers externalRecord with NOT_FOUND for a record hidden from the viewer', async () => {
    const id = await mirrored('pipedrive', 'PD-9');
    await gqlOk(api.url, `mutation($id: ID!) { updateDeal(id: $id, input: { visibility: PRIVATE }) { id } }`, { id }, admin.token);
    expect((await externalRecord('pipedrive', 'PD-9')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await externalRecord('pipedrive', 'PD-404')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await externalRecord('pipedrive', 'PD-9', admin)).data?.externalRecord).toBe(id);
  });

  it('shows admins each connector, its secret, its last event and the last refusals', async () => {
    const query = `query { integrationStatus { pendingEvents connectors { name endpoint configured secretVariable lastEventAt lastErrors { status message } } } }`;
    expect((await gql(api.url, query, {}, ana.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { integrationStatus } = await gqlOk<{
      integrationStatus: { connectors: Array<{ name: string; endpoint: string; configured: boolean; secretVariable: string; lastEventAt: string | null; lastErrors: Array<{ status: number; message: string }> }> };
    }>(api.url, query, {}, admin.token);
    const crm = integrationStatus.connectors.find((c) => c.name === 'crm');
    expect(crm).toMatchObject({ configured: true, secretVariable: 'CRM_WEBHOOK_SECRET' });
    expect(crm?.endpoint).toMatch(/\/api\/integrations\/crm\/events$/);
    expect(crm?.lastEventAt).not.toBeNull();
    expect(crm?.lastErrors.some((e) => e.status === 401 && e.message.startsWith('X-Tidings-Signature'))).toBe(true);
    expect(integrationStatus.connectors.find((c) => c.name === 'hubspot')?.lastErrors.some((e) => e.message.startsWith('X-HubSpot-Request-Timestamp'))).toBe(true);
  });
});
