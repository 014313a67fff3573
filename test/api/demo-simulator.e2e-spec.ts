import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { RecordingSocket } from '../support/socket';
import { login } from '../factories/org';

/**
 * The demo's simulator shows colleagues at work: never in the name of whoever is signed in, and each
 * within their role (sales moves deals, support moves cases), with posts naming their own records.
 */
describe('the demo simulator', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;

  beforeAll(async () => {
    db = await createTestDatabase('demo_simulator');
    api = await startApi(db.url, { DEMO: 'on', SIMULATOR: 'on', SIMULATOR_INTERVAL_MS: '200' });
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  }, 90_000);

  afterAll(async () => {
    await pg?.end();
    await api?.stop();
    await db?.drop();
  });

  it('acts only as people who are not signed in, each within their role', async () => {
    const ana = await login(api.url, 'ana@demo.tidings.dev', 'tidings-demo');
    const socket = await RecordingSocket.connect(api.url, ana.token);
    try {
      const since = (await pg.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0].now;
      // Wait for 25 simulated activities after Ana came online.
      type Row = { actor: string; handle: string; kind: string; subject_id: string; changes: Array<{ field: string }> | null; body: string | null };
      let rows: Row[] = [];
      for (let tries = 0; rows.length < 25; tries++) {
        if (tries > 200) throw new Error(`the simulator made only ${rows.length} activities:\n${api.output()}`);
        await new Promise((r) => setTimeout(r, 100));
        rows = (
          await pg.query<Row>(
            `SELECT a.actor_id AS actor, e.handle, a.kind, a.subject_id, a.changes, a.body FROM activities a JOIN employees e ON e.id = a.actor_id
             WHERE a.created_at > $1 ORDER BY a.created_at`,
            [since],
          )
        ).rows;
      }
      expect(rows.filter((r) => r.actor === ana.id)).toEqual([]);

      const sales = new Set(['bo', 'carla', 'dev']);
      const support = new Set(['elif', 'femi', 'grace', 'hugo']);
      const changes = rows.filter((r) => r.kind === 'RECORD_CHANGE');
      for (const change of changes) {
        if (change.subject_id.startsWith('deal_')) expect(sales).toContain(change.handle);
        if (change.subject_id.startsWith('case_')) expect(support).toContain(change.handle);
      }
      // Posts name the record they are about, so two deals never read alike.
      const posts = rows.filter((r) => r.kind === 'POST');
      const { rows: names } = await pg.query<{ id: string; name: string; account: string }>(
        `SELECT d.id, d.name, a.name AS account FROM deals d JOIN accounts a ON a.id = d.account_id WHERE d.id = ANY($1)
         UNION ALL SELECT c.id, c.subject, a.name FROM cases c JOIN accounts a ON a.id = c.account_id WHERE c.id = ANY($1)`,
        [posts.map((p) => p.subject_id)],
      );
      const about = new Map(names.map((n) => [n.id, n]));
      for (const post of posts) {
        const record = about.get(post.subject_id);
        expect(record).toBeDefined();
        expect(post.body?.includes(record!.name) || post.body?.includes(record!.account)).toBe(true);
      }
    } finally {
      socket.close();
    }
  });
});
