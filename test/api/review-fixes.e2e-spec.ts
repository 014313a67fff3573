import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ApiServer, startApi, TEST_ADMIN } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { textArgumentProbes } from '../support/text-argument-probes';
import { createAccount, createDeal, createEmployee, createTeam, follow, login, loginAdmin, TestEmployee } from '../factories/org';

/**
 * Promises about who may do what: handing a record over, what a #topic tells an outsider, sign-in
 * lockout across spellings of one email, team membership of disabled employees, follows, and text
 * the database cannot hold.
 */
describe('access rules kept at every door', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let pg: Client;
  let admin: TestEmployee;
  let ana: TestEmployee;
  let bo: TestEmployee;
  let cy: TestEmployee;
  let team: string;

  beforeAll(async () => {
    db = await createTestDatabase('review_fixes');
    api = await startApi(db.url);
    admin = await loginAdmin(api.url);
    ana = await createEmployee(api.url, admin, 'Ana');
    bo = await createEmployee(api.url, admin, 'Bo');
    cy = await createEmployee(api.url, admin, 'Cy');
    team = await createTeam(api.url, admin, 'Deal Desk', [ana.id, bo.id]);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await api?.stop();
    await db?.drop();
  });

  const ownerOf = async (kind: 'account' | 'deal', id: string) =>
    (await gqlOk<Record<string, { owner: { id: string } }>>(api.url, `query($id: ID!) { ${kind}(id: $id) { owner { id } } }`, { id }, admin.token))[kind].owner
      .id;
  const setOwner = (kind: 'Account' | 'Deal', as: TestEmployee, id: string, ownerId: string) =>
    gql(api.url, `mutation($id: ID!, $o: ID!) { update${kind}(id: $id, input: { ownerId: $o }) { id } }`, { id, o: ownerId }, as.token);
  const setActive = (who: TestEmployee, active: boolean) =>
    gqlOk(api.url, 'mutation($e: ID!, $a: Boolean!) { setEmployeeActive(employeeId: $e, active: $a) { id } }', { e: who.id, a: active }, admin.token);

  describe('changing the owner is an access change', () => {
    it('refuses a team member taking a team-private account, so it cannot then be made public', async () => {
      const account = await createAccount(api.url, ana, { visibility: 'PRIVATE', owningTeamId: team });
      const taken = await setOwner('Account', bo, account, bo.id);
      expect(taken.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await ownerOf('account', account)).toBe(ana.id);
      const opened = await gql(api.url, 'mutation($id: ID!) { updateAccount(id: $id, input: { visibility: PUBLIC }) { id } }', { id: account }, bo.token);
      expect(opened.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses a share recipient taking a shared private deal, and the owner keeps it', async () => {
      const deal = await createDeal(api.url, ana, await createAccount(api.url, ana), { visibility: 'PRIVATE' });
      await gqlOk(api.url, 'mutation($r: ID!, $e: ID!) { shareRecord(recordId: $r, employeeId: $e) }', { r: deal, e: cy.id }, ana.token);
      const taken = await setOwner('Deal', cy, deal, cy.id);
      expect(taken.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await ownerOf('deal', deal)).toBe(ana.id);
      const unshared = await gql(api.url, 'mutation($r: ID!, $e: ID!) { unshareRecord(recordId: $r, employeeId: $e) }', { r: deal, e: cy.id }, cy.token);
      expect(unshared.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await gqlOk<{ deal: { id: string } }>(api.url, 'query($id: ID!) { deal(id: $id) { id } }', { id: deal }, ana.token)).deal.id).toBe(deal);
    });

    it("refuses any employee taking a colleague's public account, or giving it to someone else", async () => {
      const account = await createAccount(api.url, ana);
      expect((await setOwner('Account', cy, account, cy.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await setOwner('Account', cy, account, bo.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await ownerOf('account', account)).toBe(ana.id);
    });

    it('lets the owner and an admin hand a record over, and a team member claim one whose owner left', async () => {
      const account = await createAccount(api.url, ana, { visibility: 'PRIVATE', owningTeamId: team });
      expect((await setOwner('Account', ana, account, bo.id)).errors).toBeUndefined();
      expect(await ownerOf('account', account)).toBe(bo.id);
      expect((await setOwner('Account', admin, account, ana.id)).errors).toBeUndefined();
      expect(await ownerOf('account', account)).toBe(ana.id);

      // Ana leaves: her team-private account has no active owner; Bo (her team) may claim it, for himself only.
      const leaver = await createEmployee(api.url, admin, 'Dee', [team]);
      const orphan = await createAccount(api.url, leaver, { visibility: 'PRIVATE', owningTeamId: team });
      await setActive(leaver, false);
      expect((await setOwner('Account', bo, orphan, cy.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await setOwner('Account', bo, orphan, bo.id)).errors).toBeUndefined();
      expect(await ownerOf('account', orphan)).toBe(bo.id);
    });
  });

  describe('a topic used only on private records', () => {
    type PostedTopic = { id: string; name: string; createdAt: string; followersCount: number };
    const postWithTopics = async (as: TestEmployee, subjectId: string, body: string) =>
      (
        await gqlOk<{ post: { topics: PostedTopic[] } }>(
          api.url,
          'mutation($s: ID!, $b: String!) { post(input: { subjectId: $s, body: $b }) { topics { id name createdAt followersCount } } }',
          { s: subjectId, b: body },
          as.token,
        )
      ).post.topics;
    const topicByName = (as: TestEmployee, name: string) =>
      gql<{ topic: { id: string; name: string; createdAt: string; followersCount: number } }>(
        api.url,
        'query($n: String!) { topic(name: $n) { id name createdAt followersCount } }',
        { n: name },
        as.token,
      );

    it('cannot be guessed: no name, id, follow, settings or feed answers an outsider', async () => {
      const word = `Quokka${randomBytes(3).toString('hex')}`;
      const privateDeal = await createDeal(api.url, ana, await createAccount(api.url, ana), { visibility: 'PRIVATE' });
      const [secret] = await postWithTopics(ana, privateDeal, `Codename #${word} for the takeover`);
      await follow(api.url, ana, secret.id);

      expect((await topicByName(cy, word)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const byId = await gql(api.url, 'query($id: ID!) { topic(id: $id) { name } }', { id: secret.id }, cy.token);
      expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      for (const [query, name] of [
        ['mutation($id: ID!) { follow(subjectId: $id) }', 'follow'],
        ['query($id: ID!) { followSettings(subjectId: $id) { since } }', 'followSettings'],
        ['query($id: ID!) { feed(filter: SUBJECT, subjectId: $id) { edges { cursor } } }', 'feed'],
      ]) {
        const answer = await gql(api.url, query, { id: secret.id }, cy.token);
        expect({ name, code: answer.errors?.[0].extensions?.code }).toEqual({ name, code: 'NOT_FOUND' });
      }

      // Posting the word on a record of his own tells Cy only what he wrote himself.
      const mine = await createAccount(api.url, cy);
      const before = Date.now();
      const [guessed] = await postWithTopics(cy, mine, `Is there a #${word.toLowerCase()}?`);
      expect(guessed.id).toBe(secret.id);
      expect(guessed.name).toBe(word.toLowerCase());
      expect(new Date(guessed.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(guessed.followersCount).toBe(0);
      const asked = await topicByName(cy, word);
      expect(asked.data?.topic).toMatchObject({ name: word.toLowerCase(), createdAt: guessed.createdAt, followersCount: 0 });
      const cyFeed = await gqlOk<{ feed: { edges: Array<{ node: { body: string } }> } }>(
        api.url,
        'query($id: ID!) { feed(filter: SUBJECT, subjectId: $id) { edges { node { body } } } }',
        { id: secret.id },
        cy.token,
      );
      expect(cyFeed.feed.edges.map((e) => e.node.body)).toEqual([`Is there a #${word.toLowerCase()}?`]);

      // Ana still sees it as she wrote it, with her follow.
      const hers = await topicByName(ana, word.toLowerCase());
      expect(hers.data?.topic).toMatchObject({ name: word, followersCount: 1 });
      expect(new Date(hers.data!.topic.createdAt).getTime()).toBeLessThan(new Date(guessed.createdAt).getTime());
    });

    it('drops out of `following` once its only use I could open turns private', async () => {
      const word = `Wombat${randomBytes(3).toString('hex')}`;
      const account = await createAccount(api.url, ana);
      const [topic] = await postWithTopics(ana, account, `Kickoff #${word}`);
      await follow(api.url, cy, topic.id);
      const following = async () => (await gqlOk<{ following: Array<{ id: string }> }>(api.url, '{ following { id } }', {}, cy.token)).following.map((s) => s.id);
      expect(await following()).toContain(topic.id);

      await gqlOk(api.url, 'mutation($id: ID!) { updateAccount(id: $id, input: { visibility: PRIVATE }) { id } }', { id: account }, ana.token);
      expect(await following()).not.toContain(topic.id);
      const byId = await gql(api.url, 'query($id: ID!) { topic(id: $id) { name } }', { id: topic.id }, cy.token);
      expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('sign-in', () => {
    const createWithEmail = (email: string) =>
      gqlOk<{ createEmployee: { id: string; email: string } }>(
        api.url,
        'mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id email } }',
        { input: { email, name: 'Ilker', password: 'correct horse battery', role: 'MEMBER' } },
        admin.token,
      );
    const tryLogin = (email: string, password: string) =>
      gql(api.url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });

    it('locks every spelling of an email after too many failures, İ included', async () => {
      const local = `ilker${randomBytes(3).toString('hex')}`;
      await createWithEmail(`${local}@example.test`);
      for (let i = 0; i < 10; i++) {
        expect((await tryLogin(`${local}@example.test`, 'wrong password')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
      expect((await tryLogin(`${local}@example.test`, 'correct horse battery')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      const dotted = `İ${local.slice(1)}@example.test`;
      expect((await tryLogin(dotted, 'correct horse battery')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect((await tryLogin(`${local.toUpperCase()}@EXAMPLE.TEST`, 'correct horse battery')).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    });

    it('stores an email in its one spelling, and signs in with any other', async () => {
      const local = `İnce${randomBytes(3).toString('hex')}`;
      const created = await createWithEmail(`${local}@Example.TEST`);
      expect(created.createEmployee.email).toBe(`ince${local.slice(4)}@example.test`);
      expect((await login(api.url, `${local}@example.test`, 'correct horse battery')).id).toBe(created.createEmployee.id);
      expect((await login(api.url, `INCE${local.slice(4).toUpperCase()}@example.test`, 'correct horse battery')).id).toBe(created.createEmployee.id);
      const twin = await gql(
        api.url,
        'mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }',
        { input: { email: `ince${local.slice(4)}@example.test`, name: 'Twin', password: 'correct horse battery', role: 'MEMBER' } },
        admin.token,
      );
      expect(twin.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    });
  });

  describe('stored emails', () => {
    it('are normalised by the migration, so an account stored in another spelling still signs in', async () => {
      const older = await createTestDatabase('email_migration');
      let server = await startApi(older.url);
      const client = new Client({ connectionString: older.url });
      await client.connect();
      try {
        // As an install before the migration would have it: the admin stored as first typed.
        await client.query(`UPDATE employees SET email = 'İnce.Mixed@Example.TEST' WHERE role = 'ADMIN'`);
        await client.query(`DELETE FROM migrations WHERE name = 'NormalizedEmails1765000000000'`);
        await client.query('DROP INDEX employees_email_exact_key');
        await server.stop();
        server = await startApi(older.url);
        expect((await client.query(`SELECT email FROM employees WHERE role = 'ADMIN'`)).rows).toEqual([{ email: 'ince.mixed@example.test' }]);
        expect((await login(server.url, 'INCE.mixed@example.test', TEST_ADMIN.password)).email).toBe('ince.mixed@example.test');
      } finally {
        await client.end();
        await server.stop();
        await older.drop();
      }
    });
  });

  describe('team membership whatever the employee state', () => {
    it('removes a disabled employee from a team, so re-enabling does not bring the access back', async () => {
      const dan = await createEmployee(api.url, admin, 'Dan', [team]);
      const account = await createAccount(api.url, ana, { visibility: 'PRIVATE', owningTeamId: team });
      await setActive(dan, false);
      const removed = await gql(api.url, 'mutation($t: ID!, $e: ID!) { removeTeamMember(teamId: $t, employeeId: $e) { id } }', { t: team, e: dan.id }, admin.token);
      expect(removed.errors).toBeUndefined();
      await setActive(dan, true);
      const back = await login(api.url, dan.email, 'correct horse battery');
      const opened = await gql(api.url, 'query($id: ID!) { account(id: $id) { id } }', { id: account }, back.token);
      expect(opened.errors?.[0].extensions?.code).toBe('NOT_FOUND');

      // And added while disabled: the access is there when they return.
      await setActive(dan, false);
      const added = await gql(api.url, 'mutation($t: ID!, $e: ID!) { addTeamMember(teamId: $t, employeeId: $e) { id } }', { t: team, e: dan.id }, admin.token);
      expect(added.errors).toBeUndefined();
      await setActive(dan, true);
      const again = await login(api.url, dan.email, 'correct horse battery');
      expect((await gqlOk<{ account: { id: string } }>(api.url, 'query($id: ID!) { account(id: $id) { id } }', { id: account }, again.token)).account.id).toBe(account);
    });
  });

  describe('updates and follows', () => {
    it('answers NOT_FOUND to an update of a record the caller cannot open without waiting for its row lock', async () => {
      const deal = await createDeal(api.url, ana, await createAccount(api.url, ana), { visibility: 'PRIVATE' });
      const locker = new Client({ connectionString: db.url });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('SELECT id FROM deals WHERE id = $1 FOR UPDATE', [deal]);
        const update = gql(api.url, 'mutation($id: ID!) { updateDeal(id: $id, input: { stage: CLOSED_WON }) { id } }', { id: deal }, cy.token);
        // Had it asked for the lock first, the answer would come only after the lock is released.
        let timer: NodeJS.Timeout | undefined;
        const waited = new Promise((r) => (timer = setTimeout(() => r('still waiting for the lock'), 5000)));
        const first = await Promise.race([update.then(() => 'answered'), waited]);
        clearTimeout(timer);
        expect(first).toBe('answered');
        expect((await update).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      } finally {
        await locker.query('ROLLBACK');
        await locker.end();
      }
    });

    it('removes a dormant follow of a record I can no longer open', async () => {
      const deal = await createDeal(api.url, ana, await createAccount(api.url, ana));
      await follow(api.url, cy, deal);
      await gqlOk(api.url, 'mutation($id: ID!) { updateDeal(id: $id, input: { visibility: PRIVATE }) { id } }', { id: deal }, ana.token);
      const unfollowed = await gql<{ unfollow: boolean }>(api.url, 'mutation($id: ID!) { unfollow(subjectId: $id) }', { id: deal }, cy.token);
      expect(unfollowed.errors).toBeUndefined();
      expect(unfollowed.data?.unfollow).toBe(true);
      // Open again: the follow is gone, not just hidden.
      await gqlOk(api.url, 'mutation($id: ID!) { updateDeal(id: $id, input: { visibility: PUBLIC }) { id } }', { id: deal }, ana.token);
      const settings = await gqlOk<{ followSettings: unknown }>(api.url, 'query($id: ID!) { followSettings(subjectId: $id) { since } }', { id: deal }, cy.token);
      expect(settings.followSettings).toBeNull();
      // Unfollowing something hidden that I never followed still says nothing about it.
      const hidden = await createDeal(api.url, ana, await createAccount(api.url, ana), { visibility: 'PRIVATE' });
      const probe = await gql(api.url, 'mutation($id: ID!) { unfollow(subjectId: $id) }', { id: hidden }, cy.token);
      expect(probe.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses following yourself, naming subjectId', async () => {
      for (const query of [
        'mutation($id: ID!) { follow(subjectId: $id) }',
        'mutation($id: ID!) { updateFollow(subjectId: $id, filter: { kinds: [POST] }) { since } }',
      ]) {
        const answer = await gql(api.url, query, { id: cy.id }, cy.token);
        expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
      }
      const me = await gqlOk<{ employee: { followersCount: number; isFollowedByMe: boolean } }>(
        api.url,
        'query($id: ID!) { employee(id: $id) { followersCount isFollowedByMe } }',
        { id: cy.id },
        cy.token,
      );
      expect(me.employee).toEqual({ followersCount: 0, isFollowedByMe: false });
    });
  });

  describe('bad bytes in any text argument', () => {
    const codeAndField = (result: Awaited<ReturnType<typeof gql>>) => ({
      code: result.errors?.[0]?.extensions?.code,
      field: result.errors?.[0]?.extensions?.field,
    });

    it('refuses NUL in every String and ID argument and input field of every query and mutation', async () => {
      const all = textArgumentProbes();
      // The schema has many: a walk that found almost none would prove nothing.
      expect(all.length).toBeGreaterThan(60);
      expect(all.map((p) => p.label)).toEqual(expect.arrayContaining(['accounts(search)', 'topic(name)', 'login(email)', 'post(input.body)']));
      const wrong: Array<{ label: string; got: unknown }> = [];
      for (const probe of all) {
        const result = await gql(api.url, probe.query, probe.variables, admin.token);
        const got = codeAndField(result);
        if (got.code !== 'BAD_USER_INPUT' || got.field !== probe.field) wrong.push({ label: probe.label, got: result.errors ?? result.data });
      }
      expect(wrong).toEqual([]);
    });

    it('refuses NUL written into the document, and half a surrogate pair, the same way', async () => {
      expect(codeAndField(await gql(api.url, '{ topic(name: "a\\u0000b") { id } }', {}, cy.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
      const account = await createAccount(api.url, cy);
      const broken = await gql(api.url, 'mutation($i: PostInput!) { post(input: $i) { id } }', { i: { subjectId: account, body: 'half \ud83d a smile' } }, cy.token);
      expect(codeAndField(broken)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.body' });
      // A whole pair is a character like any other.
      const whole = await gql(api.url, 'mutation($i: PostInput!) { post(input: $i) { id } }', { i: { subjectId: account, body: 'a whole \ud83d\ude00' } }, cy.token);
      expect(whole.errors).toBeUndefined();
    });

    it('refuses cursors and dates PostgreSQL cannot hold, naming the field', async () => {
      const searchCursor = Buffer.from(JSON.stringify([0.5, '0000-01-01T00:00:00.000000Z', '0193a0b0-c0d0-7e0f-8000-000000000000'])).toString('base64url');
      const search = await gql(api.url, 'query($a: String) { search(query: "pricing", after: $a) { edges { cursor } } }', { a: searchCursor }, cy.token);
      expect(codeAndField(search)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      const feedCursor = Buffer.from(JSON.stringify(['0000-01-01T00:00:00.000Z', '0193a0b0-c0d0-7e0f-8000-000000000000'])).toString('base64url');
      const feed = await gql(api.url, 'query($a: String) { feed(after: $a) { edges { cursor } } }', { a: feedCursor }, cy.token);
      expect(codeAndField(feed)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      const account = await createAccount(api.url, cy);
      for (const closeDate of ['0000-01-01', '2026-02-31']) {
        const deal = await gql(api.url, 'mutation($i: CreateDealInput!) { createDeal(input: $i) { id } }', { i: { accountId: account, name: 'Dated', closeDate } }, cy.token);
        expect({ closeDate, ...codeAndField(deal) }).toEqual({ closeDate, code: 'BAD_USER_INPUT', field: 'closeDate' });
      }
    });
  });
});
