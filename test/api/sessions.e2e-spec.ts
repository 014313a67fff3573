import jwt from 'jsonwebtoken';
import { ApiServer, startApi, TEST_JWT_SECRET } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { RecordingSocket } from '../support/socket';
import { createEmployee, login, loginAdmin, TestEmployee } from '../factories/org';

/** Sessions end when they should, and sockets follow within seconds (production mode). */
describe('sessions and sockets', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let admin: TestEmployee;

  beforeAll(async () => {
    db = await createTestDatabase('sessions');
    api = await startApi(db.url, { NODE_ENV: 'production' });
    admin = await loginAdmin(api.url);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  const within = <T>(promise: Promise<T>, ms: number, what: string) =>
    Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms))]);

  it('refuses sockets with an expired token, a bad signature or a foreign Origin', async () => {
    const rep = await createEmployee(api.url, admin, 'Rep');
    const { sub } = jwt.decode(rep.token) as { sub: string };
    const expired = jwt.sign({ sub, ver: 0, exp: Math.floor(Date.now() / 1000) - 5 }, TEST_JWT_SECRET, { issuer: 'tidings' });
    const forged = jwt.sign({ sub, ver: 0 }, 'someone-elses-secret-someone-elses-secret', { issuer: 'tidings', expiresIn: '1h' });
    await expect(RecordingSocket.connect(api.url, expired)).rejects.toThrow(/expired/i);
    await expect(RecordingSocket.connect(api.url, forged)).rejects.toThrow(/not valid/i);
    await expect(RecordingSocket.connect(api.url, rep.token, { origin: 'https://evil.example' })).rejects.toThrow(/origin/i);
    const sameOrigin = await RecordingSocket.connect(api.url, rep.token, { origin: api.url });
    sameOrigin.close();
  });

  it('closes an open socket within 5 s of logout, and the token stops working', async () => {
    const rep = await createEmployee(api.url, admin, 'Rep');
    const socket = await RecordingSocket.connect(api.url, rep.token);
    const closed = socket.closed();
    await gqlOk(api.url, 'mutation { logout }', {}, rep.token);
    await within(closed, 5000, 'closing the socket after logout');
    expect(socket.of<{ reason: string }>('session:ended')).toEqual([{ reason: 'signed-out' }]);
    const after = await gql(api.url, '{ me { id } }', {}, rep.token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends other sessions on a password change, and keeps the one that changed it', async () => {
    const rep = await createEmployee(api.url, admin, 'Rep');
    const otherDevice = await login(api.url, rep.email, 'correct horse battery');
    const socket = await RecordingSocket.connect(api.url, otherDevice.token);
    const closed = socket.closed();
    const tooShort = await gql(api.url, `mutation { changePassword(currentPassword: "correct horse battery", newPassword: "short") }`, {}, rep.token);
    expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const wrong = await gql(api.url, `mutation { changePassword(currentPassword: "guess", newPassword: "a much better passphrase") }`, {}, rep.token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });

    const { changePassword: token } = await gqlOk<{ changePassword: string }>(
      api.url,
      `mutation { changePassword(currentPassword: "correct horse battery", newPassword: "a much better passphrase") }`,
      {},
      rep.token,
    );
    await within(closed, 5000, 'closing the other device socket after a password change');
    expect((await gql(api.url, '{ me { id } }', {}, otherDevice.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gqlOk<{ me: { id: string } }>(api.url, '{ me { id } }', {}, token)).me.id).toBe(rep.id);
    await login(api.url, rep.email, 'a much better passphrase');
  });

  it('refreshes a token into a new one that works', async () => {
    const rep = await createEmployee(api.url, admin, 'Rep');
    const { refreshToken } = await gqlOk<{ refreshToken: string }>(api.url, 'mutation { refreshToken }', {}, rep.token);
    expect((await gqlOk<{ me: { id: string } }>(api.url, '{ me { id } }', {}, refreshToken)).me.id).toBe(rep.id);
  });

  it('closes a socket within 5 s when its token expires', async () => {
    const rep = await createEmployee(api.url, admin, 'Rep');
    const { sub } = jwt.decode(rep.token) as { sub: string };
    const shortLived = jwt.sign({ sub, ver: 0 }, TEST_JWT_SECRET, { issuer: 'tidings', expiresIn: 2 });
    const socket = await RecordingSocket.connect(api.url, shortLived);
    await within(socket.closed(), 2000 + 5000, 'closing the socket when its token expired');
    expect(socket.of<{ reason: string }>('session:ended')).toEqual([{ reason: 'expired' }]);
  });

  it('closes the sockets of a disabled employee within 5 s and refuses their token, until re-enabled', async () => {
    const leaver = await createEmployee(api.url, admin, 'Leaver');
    const socket = await RecordingSocket.connect(api.url, leaver.token);
    const closed = socket.closed();
    const denied = await gql(api.url, 'mutation($e: ID!) { setEmployeeActive(employeeId: $e, active: false) { id } }', { e: leaver.id }, leaver.token);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await gqlOk(api.url, 'mutation($e: ID!) { setEmployeeActive(employeeId: $e, active: false) { id } }', { e: leaver.id }, admin.token);
    await within(closed, 5000, 'closing the socket of a disabled employee');
    expect(socket.of<{ reason: string }>('session:ended')).toEqual([{ reason: 'disabled' }]);
    expect((await gql(api.url, '{ me { id } }', {}, leaver.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const signIn = await gql(api.url, 'mutation($e: String!) { login(email: $e, password: "correct horse battery") { token } }', { e: leaver.email });
    expect(signIn.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await gqlOk(api.url, 'mutation($e: ID!) { setEmployeeActive(employeeId: $e, active: true) { id } }', { e: leaver.id }, admin.token);
    expect((await login(api.url, leaver.email, 'correct horse battery')).id).toBe(leaver.id);
  });
});
