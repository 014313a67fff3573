import fc from 'fast-check';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AUDIENCE_INSERT, FOLLOWING_PAGE } from '../../apps/api/src/modules/feed/feed.sql';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';

/**
 * Random organisations (people, teams, records with privacy and owning teams, shares, follows,
 * activities, then revocations) against a model of the visibility rule. For every case:
 *  - the audience the dispatcher computes is exactly the followers (and the actor) allowed to see;
 *  - after revocations, each employee's feed is exactly the visible activities delivered to them.
 * Runs the production SQL (feed.sql.ts) on a real, migrated PostgreSQL; each case rolls back.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

type Vis = 'PUBLIC' | 'PRIVATE';
interface Rec { id: string; kind: 'acc' | 'deal' | 'case' | 'doc'; vis: Vis; owner: number; team: number | null; account: number | null; deal: number | null }
interface Org {
  employees: boolean[]; // admin?
  membership: Array<[number, number]>; // [employee, team]
  accounts: Array<{ vis: Vis; owner: number; team: number | null }>;
  children: Array<{ kind: 'deal' | 'case' | 'doc'; vis: Vis; owner: number; team: number | null; parent: number }>;
  shares: Array<{ record: number; employee: number | null; team: number | null }>;
  follows: Array<{ employee: number; subject: number; related: boolean }>; // subject: records first, then employees
  activities: Array<{ subject: number; actor: number }>;
  revoke: { memberships: number[]; shares: number[]; flips: number[] };
}

const TEAMS = 2;
const vis = fc.constantFrom<Vis>('PUBLIC', 'PRIVATE');
const orgArb: fc.Arbitrary<Org> = fc
  .record({ employees: fc.array(fc.integer({ min: 0, max: 19 }).map((n) => n < 3), { minLength: 2, maxLength: 5 }), accounts: fc.integer({ min: 1, max: 2 }) })
  .chain(({ employees, accounts }) => {
    const n = employees.length;
    const emp = fc.integer({ min: 0, max: n - 1 });
    const team = fc.option(fc.integer({ min: 0, max: TEAMS - 1 }), { nil: null });
    return fc
      .record({
        membership: fc.uniqueArray(fc.tuple(emp, fc.integer({ min: 0, max: TEAMS - 1 })), { maxLength: n * TEAMS, selector: ([e, t]) => `${e}:${t}` }),
        accounts: fc.array(fc.record({ vis, owner: emp, team }), { minLength: accounts, maxLength: accounts }),
        children: fc.array(
          fc.record({ kind: fc.constantFrom<'deal' | 'case' | 'doc'>('deal', 'case', 'doc'), vis, owner: emp, team, parent: fc.nat() }),
          { maxLength: 4 },
        ),
      })
      .chain((base) => {
        const records = accounts + base.children.length;
        const subject = fc.integer({ min: 0, max: records + n - 1 });
        return fc.record({
          employees: fc.constant(employees),
          membership: fc.constant(base.membership),
          accounts: fc.constant(base.accounts),
          children: fc.constant(base.children),
          shares: fc.array(
            fc.record({ record: fc.integer({ min: 0, max: records - 1 }), who: fc.oneof(emp.map((e) => [e, null] as const), fc.integer({ min: 0, max: TEAMS - 1 }).map((t) => [null, t] as const)) }).map(
              ({ record, who }) => ({ record, employee: who[0], team: who[1] }),
            ),
            { maxLength: 3 },
          ),
          follows: fc.uniqueArray(fc.record({ employee: emp, subject, related: fc.boolean() }), { maxLength: 12, selector: (f) => `${f.employee}:${f.subject}` }),
          activities: fc.array(fc.record({ subject: fc.integer({ min: 0, max: records - 1 }), actor: emp }), { minLength: 1, maxLength: 5 }),
          revoke: fc.record({
            memberships: fc.uniqueArray(fc.nat(), { maxLength: 2 }),
            shares: fc.uniqueArray(fc.nat(), { maxLength: 2 }),
            flips: fc.uniqueArray(fc.integer({ min: 0, max: records - 1 }), { maxLength: 2 }),
          }),
        });
      });
  });

/** The visibility rule, written independently of the SQL, as the docs state it. */
function model(org: Org, recs: Rec[], members: Set<string>, shares: Org['shares'], visOf: Vis[]) {
  const member = (e: number, t: number | null) => t !== null && members.has(`${e}:${t}`);
  const open = (e: number, r: number) =>
    visOf[r] === 'PUBLIC' ||
    recs[r].owner === e ||
    org.employees[e] ||
    member(e, recs[r].team) ||
    shares.some((s) => s.record === r && (s.employee === e || member(e, s.team)));
  return (e: number, r: number): boolean => {
    const rec = recs[r];
    if (!open(e, r)) return false;
    if (rec.account !== null && !open(e, rec.account)) return false;
    if (rec.deal !== null && !(open(e, rec.deal) && open(e, recs[rec.deal].account as number))) return false;
    return true;
  };
}

describe('visibility, property-based', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;

  beforeAll(async () => {
    db = await createTestDatabase('visibility_property');
    api = await startApi(db.url); // migrates the database
    await api.stop();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await db?.drop();
  });

  it(`pushes exactly to allowed followers, and feeds show exactly what is visible (${RUNS} random orgs)`, async () => {
    await fc.assert(
      fc.asyncProperty(orgArb, async (org) => {
        await pg.query('BEGIN');
        try {
          await check(pg, org);
        } finally {
          await pg.query('ROLLBACK');
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});

const hex = () => randomBytes(16).toString('hex');

async function check(pg: Client, org: Org): Promise<void> {
  const n = org.employees.length;
  const emps = org.employees.map(() => `emp_${hex()}`);
  const teams = Array.from({ length: TEAMS }, () => `team_${hex()}`);
  for (let i = 0; i < n; i++) {
    await pg.query(`INSERT INTO employees (id, email, name, handle, role, password_hash) VALUES ($1, $1 || '@x.test', $1, $1, $2, 'x')`, [emps[i], org.employees[i] ? 'ADMIN' : 'MEMBER']);
  }
  for (const t of teams) await pg.query(`INSERT INTO teams (id, name, handle) VALUES ($1, $1, $1)`, [t]);
  for (const [e, t] of org.membership) await pg.query(`INSERT INTO team_members (team_id, employee_id) VALUES ($1, $2)`, [teams[t], emps[e]]);

  // Records: accounts, then children hanging off an account (or, for documents, maybe a deal).
  const recs: Rec[] = org.accounts.map((a) => ({ id: `acc_${hex()}`, kind: 'acc', vis: a.vis, owner: a.owner, team: a.team, account: null, deal: null }));
  for (const a of recs) {
    await pg.query(`INSERT INTO accounts (id, name, tier, owner_id, owning_team_id, visibility, created_by) VALUES ($1, $1, 'SMB', $2, $3, $4, $2)`, [a.id, emps[a.owner], a.team === null ? null : teams[a.team], a.vis]);
  }
  for (const c of org.children) {
    const account = c.parent % org.accounts.length;
    const deals = recs.map((r, i) => (r.kind === 'deal' ? i : -1)).filter((i) => i >= 0);
    const deal = c.kind === 'doc' && deals.length > 0 && c.parent % 2 === 1 ? deals[c.parent % deals.length] : null;
    const rec: Rec = { id: `${c.kind}_${hex()}`, kind: c.kind, vis: c.vis, owner: c.owner, team: c.team, account: deal === null ? account : recs[deal].account, deal };
    const owner = emps[c.owner];
    const team = c.team === null ? null : teams[c.team];
    if (c.kind === 'deal') await pg.query(`INSERT INTO deals (id, account_id, name, stage, owner_id, owning_team_id, visibility, created_by) VALUES ($1, $2, $1, 'PROSPECTING', $3, $4, $5, $3)`, [rec.id, recs[account].id, owner, team, c.vis]);
    if (c.kind === 'case') await pg.query(`INSERT INTO cases (id, account_id, subject, status, priority, owner_id, owning_team_id, visibility, created_by) VALUES ($1, $2, $1, 'NEW', 'LOW', $3, $4, $5, $3)`, [rec.id, recs[account].id, owner, team, c.vis]);
    if (c.kind === 'doc') await pg.query(`INSERT INTO documents (id, account_id, deal_id, title, kind, status, owner_id, owning_team_id, visibility, created_by) VALUES ($1, $2, $3, $1, 'RFP', 'DRAFT', $4, $5, $6, $4)`, [rec.id, recs[rec.account as number].id, deal === null ? null : recs[deal].id, owner, team, c.vis]);
    recs.push(rec);
  }
  const shares = org.shares.filter((s) => s.record < recs.length);
  for (const s of shares) {
    await pg.query(`INSERT INTO record_shares (record_id, employee_id, team_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [recs[s.record].id, s.employee === null ? null : emps[s.employee], s.team === null ? null : teams[s.team]]);
  }
  const subjectIds = [...recs.map((r) => r.id), ...emps];
  const follows = org.follows.filter((f) => f.subject < subjectIds.length);
  for (const f of follows) await pg.query(`INSERT INTO follows (employee_id, subject_id, include_related) VALUES ($1, $2, $3)`, [emps[f.employee], subjectIds[f.subject], f.related]);

  // Activities as the record writer makes them: related = the record's parents and the actor.
  const activities = org.activities.filter((a) => a.subject < recs.length).map((a, i) => ({ ...a, id: randomUUID(), second: i }));
  for (const a of activities) {
    const rec = recs[a.subject];
    const related = [rec.account, rec.deal].filter((r): r is number => r !== null).map((r) => recs[r].id).concat(emps[a.actor]);
    // After the follows (stamped now(), the transaction's start): every follow precedes every activity.
    await pg.query(`INSERT INTO activities (id, kind, actor_id, subject_id, related_subject_ids, created_at) VALUES ($1, 'RECORD_CHANGE', $2, $3, $4, now() + $5 * interval '1 second')`, [a.id, emps[a.actor], rec.id, related, a.second + 1]);
  }

  // 1. The pushed audience equals the followers (and the actor) allowed to see.
  const members = new Set(org.membership.map(([e, t]) => `${e}:${t}`));
  const visOf = recs.map((r) => r.vis);
  const canSee = model(org, recs, members, shares, visOf);
  const expected = new Set<string>();
  for (const a of activities) {
    const rec = recs[a.subject];
    const related = new Set([rec.account, rec.deal].filter((r): r is number => r !== null).map((r) => recs[r].id).concat(emps[a.actor]));
    const audience = new Set<number>([a.actor]);
    for (const f of follows) {
      const sid = subjectIds[f.subject];
      if (sid === rec.id || (f.related && related.has(sid))) audience.add(f.employee);
    }
    for (const e of audience) if (canSee(e, a.subject)) expected.add(`${emps[e]}|${a.id}`);
  }
  const { rows: pushed } = await pg.query<{ employee_id: string; activity_id: string }>(AUDIENCE_INSERT, [activities.map((a) => a.id)]);
  expect(new Set(pushed.map((r) => `${r.employee_id}|${r.activity_id}`))).toEqual(expected);

  // 2. Revocations between fan-out and read: memberships and shares removed, visibility flipped.
  const removedMemberships = org.revoke.memberships.filter((i) => i < org.membership.length).map((i) => org.membership[i]);
  for (const [e, t] of removedMemberships) {
    await pg.query(`DELETE FROM team_members WHERE team_id = $1 AND employee_id = $2`, [teams[t], emps[e]]);
    members.delete(`${e}:${t}`);
  }
  const keptShares = shares.filter((_, i) => !org.revoke.shares.includes(i));
  for (const i of org.revoke.shares.filter((i) => i < shares.length)) {
    const s = shares[i];
    if (keptShares.some((k) => k.record === s.record && k.employee === s.employee && k.team === s.team)) continue;
    await pg.query(`DELETE FROM record_shares WHERE record_id = $1 AND employee_id IS NOT DISTINCT FROM $2 AND team_id IS NOT DISTINCT FROM $3`, [recs[s.record].id, s.employee === null ? null : emps[s.employee], s.team === null ? null : teams[s.team]]);
  }
  for (const r of org.revoke.flips.filter((r) => r < recs.length)) {
    visOf[r] = visOf[r] === 'PUBLIC' ? 'PRIVATE' : 'PUBLIC';
    const table = { acc: 'accounts', deal: 'deals', case: 'cases', doc: 'documents' }[recs[r].kind];
    await pg.query(`UPDATE ${table} SET visibility = $2 WHERE id = $1`, [recs[r].id, visOf[r]]);
  }
  const canSeeNow = model(org, recs, members, keptShares, visOf);
  const bySubject = new Map<string, number>(activities.map((a) => [a.id, a.subject]));
  for (let e = 0; e < n; e++) {
    const { rows } = await pg.query<{ id: string }>(FOLLOWING_PAGE, [emps[e], 1000, null, null]);
    const want = [...expected]
      .filter((key) => key.startsWith(`${emps[e]}|`))
      .map((key) => key.split('|')[1])
      .filter((id) => canSeeNow(e, bySubject.get(id) as number));
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(want));
  }
}
