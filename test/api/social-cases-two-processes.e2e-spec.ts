import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { GenericMention, postMentions, routed } from '../support/social';
import { WEBHOOK_SECRETS } from '../support/webhooks';
import { createAccount, loginAdmin } from '../factories/org';

const PERSONAS = 8;

/**
 * Two API processes on one database, each ingesting and routing: a persona's two complaints
 * arriving at once, one through each process, still make one case (the persona's row lock).
 */
describe('cases from simultaneous complaints on two API processes', () => {
  let db: TestDatabase;
  let pg: Client;
  let one: ApiServer;
  let two: ApiServer;

  beforeAll(async () => {
    db = await createTestDatabase('social_two_processes');
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    // Small routing batches, so both processes route at once and each sees only part of the work.
    const env = { ...WEBHOOK_SECRETS, INTEGRATIONS_SWEEP_MS: '300', SOCIAL_ROUTING_SWEEP_MS: '300', SOCIAL_ROUTING_BATCH: '2' };
    one = await startApi(db.url, env);
    two = await startApi(db.url, env);
  });

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await pg?.end();
    await db?.drop();
  });

  it('makes one case per persona', async () => {
    const admin = await loginAdmin(one.url);
    const handles = Array.from({ length: PERSONAS }, (_, i) => `twin_${i}`);
    await createAccount(one.url, admin, { name: 'Twin Corp', socialHandles: handles.map((handle) => ({ network: 'X', handle })) });
    const complaint = (handle: string, n: number): GenericMention => ({
      externalId: `twin-${handle}-${n}`,
      network: 'x',
      author: { handle, followers: 50 },
      text: n === 1 ? 'The Tidings export is broken again and we are still waiting. Terrible.' : 'Still broken, the sync fails every time. Awful.',
      postedAt: new Date().toISOString(),
    });
    const firsts = handles.map((h) => complaint(h, 1));
    const seconds = handles.map((h) => complaint(h, 2));
    await Promise.all(handles.flatMap((_, i) => [postMentions(one.url, [firsts[i]]), postMentions(two.url, [seconds[i]])]));
    await routed(pg, [...firsts, ...seconds].map((m) => m.externalId));

    const rows = await pg.query<{ handle: string; cases: number; on_cases: number }>(
      `SELECT author_handle AS handle, count(DISTINCT case_id)::int AS cases, count(case_id)::int AS on_cases
       FROM social_mentions WHERE external_id LIKE 'twin-%' GROUP BY author_handle ORDER BY author_handle`,
    );
    expect(rows.rows).toEqual(handles.map((handle) => ({ handle, cases: 1, on_cases: 2 })));
    const routedBy = await pg.query<{ n: number }>(`SELECT count(DISTINCT routed_at)::int AS n FROM social_mentions WHERE external_id LIKE 'twin-%'`);
    // The work was split over several routing transactions, not one batch that saw everything.
    expect(routedBy.rows[0].n).toBeGreaterThan(1);
  });
});
