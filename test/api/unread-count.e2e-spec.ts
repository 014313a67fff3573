import fc from 'fast-check';
import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gqlOk } from '../support/graphql';
import { createAccount, createDeal, createEmployee, createTeam, loginAdmin, TestEmployee } from '../factories/org';

/**
 * Random sequences of notify (mentions on a public and a private deal), read (one or all), remove
 * (the author deletes one of the posts) and revoke/restore (team membership, which opens the
 * private deal). After every step, each person's
 * unreadNotificationCount equals what a model of the rules expects: never drifting, never counting
 * what they cannot open. 10 runs of 50 steps.
 */
type Person = 'bo' | 'cy' | 'dee';
const PEOPLE: Person[] = ['bo', 'cy', 'dee'];
type Op =
  | { op: 'notify'; privateDeal: boolean; mentions: Array<Person | 'team'> }
  | { op: 'readNewest' | 'readAll'; who: Person }
  | { op: 'revoke' | 'restore'; who: Person }
  | { op: 'remove'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('notify' as const), privateDeal: fc.boolean(), mentions: fc.uniqueArray(fc.constantFrom<Person | 'team'>('bo', 'cy', 'dee', 'team'), { minLength: 1, maxLength: 4 }) }),
  fc.record({ op: fc.constantFrom('readNewest' as const, 'readAll' as const), who: fc.constantFrom(...PEOPLE) }),
  fc.record({ op: fc.constantFrom('revoke' as const, 'restore' as const), who: fc.constantFrom(...PEOPLE) }),
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
);

describe('unread notification counts never drift', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let admin: TestEmployee;

  beforeAll(async () => {
    db = await createTestDatabase('unread_count');
    api = await startApi(db.url, { RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000' });
    admin = await loginAdmin(api.url);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('matches the model after each of 500 random steps', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 50, maxLength: 50 }), async (ops) => {
        // A fresh little org per run: Ana owns both deals; the team owns the private one.
        const ana = await createEmployee(api.url, admin, 'Ana');
        const people = Object.fromEntries(await Promise.all(PEOPLE.map(async (p) => [p, await createEmployee(api.url, admin, p)] as const))) as Record<Person, TestEmployee>;
        const members = new Set<Person>(['cy', 'dee']);
        const team = await createTeam(api.url, admin, 'Deal Desk', [...members].map((p) => people[p].id));
        const { teams } = await gqlOk<{ teams: Array<{ id: string; handle: string }> }>(api.url, '{ teams { id handle } }', {}, ana.token);
        const teamHandle = teams.find((t) => t.id === team)!.handle;
        const open = await createDeal(api.url, ana, await createAccount(api.url, ana));
        const secret = await createDeal(api.url, ana, await createAccount(api.url, ana), { visibility: 'PRIVATE', owningTeamId: team });

        // The model: every notification with its recipient, whether it is private, and read state.
        let model: Array<{ to: Person; privateDeal: boolean; read: boolean; post: string }> = [];
        const posts: string[] = [];
        const canSee = (p: Person, privateDeal: boolean) => !privateDeal || members.has(p);
        const expected = (p: Person) => model.filter((n) => n.to === p && !n.read && canSee(p, n.privateDeal)).length;

        for (const step of ops) {
          if (step.op === 'notify') {
            const body = step.mentions.map((m) => `@${m === 'team' ? teamHandle : people[m].handle}`).join(' ') + ' please look';
            const { post } = await gqlOk<{ post: { id: string } }>(
              api.url,
              'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { id } }',
              { s: step.privateDeal ? secret : open, b: body },
              ana.token,
            );
            posts.push(post.id);
            const recipients = new Set<Person>(step.mentions.flatMap((m) => (m === 'team' ? [...members] : [m])));
            for (const p of recipients) if (canSee(p, step.privateDeal)) model.push({ to: p, privateDeal: step.privateDeal, read: false, post: post.id });
          } else if (step.op === 'remove') {
            if (posts.length === 0) continue;
            const [removed] = posts.splice(step.pick % posts.length, 1);
            await gqlOk(api.url, 'mutation($a: ID!) { removeActivity(activityId: $a) { id } }', { a: removed }, ana.token);
            model = model.filter((n) => n.post !== removed);
          } else if (step.op === 'readAll') {
            await gqlOk(api.url, 'mutation { markNotificationsRead(all: true) }', {}, people[step.who].token);
            model.filter((n) => n.to === step.who).forEach((n) => (n.read = true));
          } else if (step.op === 'readNewest') {
            const { notifications } = await gqlOk<{ notifications: Array<{ id: string }> }>(api.url, '{ notifications(first: 1, unreadOnly: true) { id } }', {}, people[step.who].token);
            if (notifications.length > 0) {
              await gqlOk(api.url, 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [notifications[0].id] }, people[step.who].token);
              const newest = [...model].reverse().find((n) => n.to === step.who && !n.read && canSee(step.who, n.privateDeal));
              if (newest) newest.read = true;
            }
          } else if (step.op === 'revoke' || step.op === 'restore') {
            const add = step.op === 'restore';
            await gqlOk(api.url, `mutation($t: ID!, $e: ID!) { ${add ? 'addTeamMember' : 'removeTeamMember'}(teamId: $t, employeeId: $e) { id } }`, { t: team, e: people[step.who].id }, admin.token);
            if (add) members.add(step.who);
            else members.delete(step.who);
          }
          for (const p of PEOPLE) {
            const { unreadNotificationCount } = await gqlOk<{ unreadNotificationCount: number }>(api.url, '{ unreadNotificationCount }', {}, people[p].token);
            expect({ after: step, person: p, unread: unreadNotificationCount }).toEqual({ after: step, person: p, unread: expected(p) });
          }
        }
      }),
      { numRuns: 10 },
    );
  }, 600_000);
});
