import { Client } from 'pg';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { RecordingSocket } from '../support/socket';
import { login } from '../factories/org';
import { DEMO_FOLLOW_UPS, DEMO_MENTION_TEXTS, DEMO_PERSONAS, DEMO_UNMATCHED_TEXTS } from '../../apps/api/src/modules/demo/demo-personas';

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
      // A step that began before Ana's socket connected may still act as her: steps run one at a
      // time and each writes at most one activity in a colleague's name, so everything after the
      // first such activity since the connect comes from a step that saw her online.
      const connectedAt = (await pg.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0].now;
      let since: Date | undefined;
      for (let tries = 0; !since; tries++) {
        if (tries > 200) throw new Error(`the simulator acted in nobody's name after the connect:\n${api.output()}`);
        await new Promise((r) => setTimeout(r, 100));
        since = (
          await pg.query<{ at: Date }>(
            'SELECT a.created_at AS at FROM activities a JOIN employees e ON e.id = a.actor_id WHERE a.created_at > $1 ORDER BY a.created_at LIMIT 1',
            [connectedAt],
          )
        ).rows[0]?.at;
      }
      // Wait for 25 simulated activities after that.
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

  it('streams praise, questions and complaints by personas and strangers, follow-ups by the same persona, and complaints become support cases with a clock', async () => {
    type Row = { author_handle: string; author_verified: boolean; author_followers: number; text: string; account_id: string | null; reply_to_external_id: string | null; external_id: string; handles: string[] | null };
    const read = async () =>
      (
        await pg.query<Row>(
          `SELECT m.author_handle, m.author_verified, m.author_followers, m.text, m.account_id, m.reply_to_external_id, m.external_id, a.social_handles AS handles
           FROM social_mentions m LEFT JOIN accounts a ON a.id = m.account_id WHERE m.direction = 'INBOUND' ORDER BY m.created_at`,
        )
      ).rows;
    let rows: Row[] = [];
    // Wait (bounded) until the stream has shown a follow-up complaint: one in about thirty steps.
    for (let tries = 0; !rows.some((r) => r.reply_to_external_id); tries++) {
      if (tries > 600) throw new Error(`no follow-up among ${rows.length} mentions:\n${api.output()}`);
      await new Promise((r) => setTimeout(r, 100));
      rows = await read();
    }
    const { rows: staff } = await pg.query<{ handle: string }>('SELECT handle FROM employees');
    const staffHandles = new Set(staff.map((s) => s.handle));
    expect(rows.filter((r) => staffHandles.has(r.author_handle))).toEqual([]);

    // Every kind of message shows up: praise, a question, a complaint, and one about nobody.
    const template = (text: string) => (t: string) => {
      const [before, after = ''] = t.split('{name}');
      return text.length > before.length + after.length && text.startsWith(before) && text.endsWith(after);
    };
    const kindOf = (text: string) =>
      (Object.keys(DEMO_MENTION_TEXTS) as Array<keyof typeof DEMO_MENTION_TEXTS>).find((k) => DEMO_MENTION_TEXTS[k].some(template(text))) ??
      (DEMO_FOLLOW_UPS.some(template(text)) ? 'FOLLOW_UP' : DEMO_UNMATCHED_TEXTS.includes(text) ? 'NOBODY' : 'UNKNOWN');
    const kinds = new Set(rows.map((r) => kindOf(r.text)));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['COMPLAINT', 'FOLLOW_UP', 'NOBODY', 'PRAISE', 'QUESTION']));
    expect(kinds).not.toContain('UNKNOWN');

    // Known personas match their account by handle; strangers about nobody stay unmatched.
    const known = new Map(DEMO_PERSONAS.filter((p) => p.account).map((p) => [p.handle, p]));
    const fromKnown = rows.filter((r) => known.has(r.author_handle));
    expect(fromKnown.length).toBeGreaterThan(0);
    for (const r of fromKnown) {
      expect(r.account_id).not.toBeNull();
      expect(r.handles).toContain(`${known.get(r.author_handle)!.network}:${r.author_handle}`);
    }
    expect(rows.some((r) => kindOf(r.text) === 'NOBODY' && r.account_id === null)).toBe(true);
    expect(new Set(rows.map((r) => r.author_verified))).toEqual(new Set([true, false]));
    expect(new Set(rows.map((r) => r.author_followers)).size).toBeGreaterThan(2);

    // A follow-up answers an earlier complaint by the same persona.
    const byId = new Map(rows.map((r) => [r.external_id, r]));
    for (const followUp of rows.filter((r) => r.reply_to_external_id)) {
      const earlier = byId.get(followUp.reply_to_external_id!);
      expect(earlier?.author_handle).toBe(followUp.author_handle);
      expect(kindOf(earlier!.text)).toBe('COMPLAINT');
      expect(kindOf(followUp.text)).toBe('FOLLOW_UP');
    }

    // Complaints open cases for the support team with a running response clock: the clocks are alive.
    type Clocked = { case_id: string; team: string | null };
    let clocked: Clocked[] = [];
    for (let tries = 0; clocked.length === 0; tries++) {
      if (tries > 300) throw new Error(`no case with a response clock:\n${api.output()}`);
      await new Promise((r) => setTimeout(r, 100));
      clocked = (
        await pg.query<Clocked>(
          `SELECT k.case_id, t.handle AS team FROM case_sla_clocks k JOIN cases c ON c.id = k.case_id LEFT JOIN teams t ON t.id = c.owning_team_id
           WHERE EXISTS (SELECT 1 FROM social_mentions m WHERE m.case_id = c.id AND m.external_id LIKE 'demo-%')`,
        )
      ).rows;
    }
    expect(clocked[0].team).toBe('support-t2');

    // We answer some complaints from our own handle, in reply to them: that stops their clock.
    type Answer = { author_handle: string; parent_intent_text: string; stopped: boolean };
    let answers: Answer[] = [];
    for (let tries = 0; !answers.some((a) => a.stopped); tries++) {
      if (tries > 600) throw new Error(`no answered complaint with a stopped clock: ${JSON.stringify(answers)}\n${api.output()}`);
      await new Promise((r) => setTimeout(r, 100));
      answers = (
        await pg.query<Answer>(
          `SELECT o.author_handle, p.text AS parent_intent_text,
             EXISTS (SELECT 1 FROM case_sla_clocks k WHERE k.case_id = p.case_id AND k.stopped_at IS NOT NULL AND k.stopped_by IS NULL) AS stopped
           FROM social_mentions o JOIN social_mentions p ON p.id = o.in_reply_to_mention_id WHERE o.direction = 'OUTBOUND'`,
        )
      ).rows;
    }
    for (const a of answers) {
      expect(a.author_handle).toMatch(/^tidings[_-]care$/);
      expect(staffHandles.has(a.author_handle)).toBe(false);
      expect(kindOf(a.parent_intent_text)).toBe('COMPLAINT');
    }
  }, 120_000);
});
