import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { FeedItemEvent, SocketPool } from '../support/socket';
import { createAccount, createDeal, createEmployee, loginAdmin, moveDeal, TestEmployee } from '../factories/org';

const FOLLOWERS = 10_000;

/**
 * The audience of one activity on a private deal under a private account, with 10,000 followers
 * of every kind (owning teams of either level, shares to people and teams, admins, disabled
 * people, account followers with and without roll-up) is exactly the followers allowed to open
 * the deal, as a fresh check per employee says.
 */
describe('audience at scale', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;
  let ana: TestEmployee;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('audience_scale');
    api = await startApi(db.url);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    ana = await createEmployee(api.url, await loginAdmin(api.url), 'Ana');
  });

  afterAll(async () => {
    sockets.closeAll();
    await pg?.end();
    await api?.stop();
    await db?.drop();
  });

  it(`delivers a change on a private deal to exactly the allowed of ${FOLLOWERS.toLocaleString('en')} followers`, async () => {
    const account = await createAccount(api.url, ana, { visibility: 'PRIVATE' });
    const deal = await createDeal(api.url, ana, account, { visibility: 'PRIVATE', stage: 'PROSPECTING' });

    // Generated in SQL, set-based: people, three teams, memberships, shares, follows.
    await pg.query(`
      INSERT INTO employees (id, email, name, handle, role, password_hash, active)
      SELECT 'emp_scale_' || i, 'scale' || i || '@x.test', 'Scale ' || i, 'scale' || i,
             CASE WHEN i % 211 = 0 THEN 'ADMIN' ELSE 'MEMBER' END, 'x', i % 53 <> 0
      FROM generate_series(1, $1::int) AS i`, [FOLLOWERS]);
    await pg.query(`INSERT INTO teams (id, name, handle) VALUES ('team_scale_acc', 'A', 'scale-a'), ('team_scale_deal', 'D', 'scale-d'), ('team_scale_share', 'S', 'scale-s')`);
    await pg.query(`
      INSERT INTO team_members (team_id, employee_id)
      SELECT 'team_scale_acc', 'emp_scale_' || i FROM generate_series(1, $1::int) i WHERE i % 3 = 0
      UNION ALL SELECT 'team_scale_deal', 'emp_scale_' || i FROM generate_series(1, $1::int) i WHERE i % 5 = 0
      UNION ALL SELECT 'team_scale_share', 'emp_scale_' || i FROM generate_series(1, $1::int) i WHERE i % 7 = 0`, [FOLLOWERS]);
    await pg.query(`UPDATE accounts SET owning_team_id = 'team_scale_acc' WHERE id = $1`, [account]);
    await pg.query(`UPDATE deals SET owning_team_id = 'team_scale_deal' WHERE id = $1`, [deal]);
    // The deal is shared with a team and with some people directly; the account with others.
    await pg.query(`INSERT INTO record_shares (record_id, team_id) VALUES ($1, 'team_scale_share')`, [deal]);
    await pg.query(`
      INSERT INTO record_shares (record_id, employee_id)
      SELECT $1, 'emp_scale_' || i FROM generate_series(1, $3::int) i WHERE i % 11 = 0
      UNION ALL SELECT $2, 'emp_scale_' || i FROM generate_series(1, $3::int) i WHERE i % 13 = 0`, [deal, account, FOLLOWERS]);
    // Most follow the deal; some only the account, with or without roll-up.
    await pg.query(`
      INSERT INTO follows (employee_id, subject_id, include_related)
      SELECT 'emp_scale_' || i, CASE WHEN i % 17 = 0 THEN $2 ELSE $1 END, i % 34 <> 0
      FROM generate_series(1, $3::int) i`, [deal, account, FOLLOWERS]);

    const socket = await sockets.connect(ana);
    await moveDeal(api.url, ana, deal, 'PROPOSAL');
    const event = await socket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.subjectId === deal && e.item.changes?.[0]?.to === 'PROPOSAL', 30_000);

    const { rows: delivered } = await pg.query<{ employee_id: string }>('SELECT employee_id FROM feed_entries WHERE activity_id = $1', [event.item.id]);
    // A fresh check per employee: every follower (and the actor), one function call each.
    const { rows: allowed } = await pg.query<{ employee_id: string }>(
      `SELECT f.employee_id FROM follows f JOIN employees e ON e.id = f.employee_id AND e.active
       WHERE (f.subject_id = $1 OR (f.subject_id = $2 AND f.include_related)) AND tidings_can_see(f.employee_id, $1)
       UNION SELECT $3::text`,
      [deal, account, ana.id],
    );
    const got = new Set(delivered.map((r) => r.employee_id));
    const want = new Set(allowed.map((r) => r.employee_id));
    expect(got).toEqual(want);

    // The check itself is not vacuous: thousands follow, far fewer may open, and every reason to open is represented.
    const { rows: followers } = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM follows WHERE subject_id IN ($1, $2)`, [deal, account]);
    expect(followers[0].n).toBeGreaterThanOrEqual(FOLLOWERS);
    expect(want.size).toBeGreaterThan(200);
    expect(want.size).toBeLessThan(FOLLOWERS / 2);
    const reasons = (i: number) => ({ admin: i % 211 === 0, both: i % 15 === 0, shared: i % 11 === 0 || i % 7 === 0 });
    const ids = [...want].filter((id) => id.startsWith('emp_scale_')).map((id) => Number(id.slice('emp_scale_'.length)));
    expect(ids.some((i) => reasons(i).admin)).toBe(true);
    expect(ids.some((i) => reasons(i).both && !reasons(i).admin)).toBe(true);
    expect(ids.some((i) => reasons(i).shared && i % 3 === 0)).toBe(true);
    // Disabled followers get nothing, however open.
    expect(ids.some((i) => i % 53 === 0)).toBe(false);
  }, 120_000);
});
