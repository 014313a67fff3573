import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { fixture, postCrm, postRaw, postSocial, waitUntil, WEBHOOK_SECRETS } from '../support/webhooks';

/** Connector configuration: PUBLIC_URL for HubSpot's signed URL, and connectors off in production without secrets. */
describe('integration configuration', () => {
  let db: TestDatabase;
  const servers: ApiServer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('integrations_cfg');
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
  });

  it('checks the HubSpot signature against PUBLIC_URL when it is set', async () => {
    const api = await startApi(db.url, { HUBSPOT_CLIENT_SECRET: WEBHOOK_SECRETS.HUBSPOT_CLIENT_SECRET, PUBLIC_URL: 'https://tidings.example.com/' });
    servers.push(api);
    const body = fixture('crm/hubspot-batch.json');
    const send = (signedUrl: string) => {
      const timestamp = String(Date.now());
      const signature = createHmac('sha256', WEBHOOK_SECRETS.HUBSPOT_CLIENT_SECRET).update(`POST${signedUrl}${body}${timestamp}`).digest('base64');
      return postRaw(`${api.url}/api/integrations/crm/events?format=hubspot`, body, { 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': timestamp });
    };
    expect((await send(`${api.url}/api/integrations/crm/events?format=hubspot`)).status).toBe(401);
    const answer = await send('https://tidings.example.com/api/integrations/crm/events?format=hubspot');
    expect(answer.status).toBe(200);
    expect(answer.body.results?.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('turns a connector off in production when its secret is unset', async () => {
    const api = await startApi(db.url, { NODE_ENV: 'production', CRM_WEBHOOK_SECRET: WEBHOOK_SECRETS.CRM_WEBHOOK_SECRET });
    servers.push(api);
    const off = await postSocial(api.url, 'generic', fixture('social/generic-mentions.json'));
    expect(off.status).toBe(404);
    expect(off.body.error?.message).toContain('SOCIAL_WEBHOOK_SECRET');
    expect((await fetch(`${api.url}/api/integrations/social/x?crc_token=abc`)).status).toBe(404);
    // The configured one still works.
    expect((await postCrm(api.url, fixture('crm/tidings-business-event.json'))).body.results).toEqual([{ index: 0, status: 'accepted' }]);
  });

  it('keeps retweets with SOCIAL_TRACK_RETWEETS=on, and treats SOCIAL_OWN_HANDLES posts as replies', async () => {
    const api = await startApi(db.url, { ...WEBHOOK_SECRETS, SOCIAL_TRACK_RETWEETS: 'on', SOCIAL_OWN_HANDLES: 'x:acme_help,facebook:104999', INTEGRATIONS_SWEEP_MS: '300' });
    servers.push(api);
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      await postSocial(api.url, 'x', fixture('social/x-account-activity.json'));
      const own = JSON.stringify({ externalId: 'own-1', network: 'x', author: { handle: '@Acme_Help' }, text: 'We are looking into it', postedAt: '2026-03-02T12:00:00Z' });
      await postSocial(api.url, 'generic', own);
      const row = async (id: string) => (await pg.query('SELECT direction FROM social_mentions WHERE external_id = $1', [id])).rows[0] as { direction: string } | undefined;
      await waitUntil(async () => !!(await row('own-1')) && !!(await row('1896543210987654501')), 'both stored');
      expect(await row('1896543210987654501')).toEqual({ direction: 'INBOUND' });
      expect(await row('own-1')).toEqual({ direction: 'OUTBOUND' });
    } finally {
      await pg.end();
    }
  });
});
