import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { gql, gqlOk } from '../support/graphql';
import { FeedItemEvent, RecordingSocket, SocketPool } from '../support/socket';
import { createAccount, createDeal, createEmployee, follow, login, loginAdmin, TestEmployee } from '../factories/org';

type Ack = { at?: string; error?: { code: string; message: string } };

/** One noisy or hostile employee spends only their own budget (production mode). */
describe('abuse', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let admin: TestEmployee;
  const sockets = new SocketPool(() => api.url);

  beforeAll(async () => {
    db = await createTestDatabase('abuse');
    api = await startApi(db.url, { NODE_ENV: 'production' });
    admin = await loginAdmin(api.url);
  });

  afterAll(async () => {
    sockets.closeAll();
    await api?.stop();
    await db?.drop();
  });

  const connect = (who: TestEmployee) => sockets.connect(who);
  const emit = (socket: RecordingSocket, event: string, payload?: unknown) =>
    new Promise<Ack>((resolve) => (payload === undefined ? socket.socket.emit(event, resolve) : socket.socket.emit(event, payload, resolve)));

  it('blocks sign-in for an email after 10 wrong passwords, without locking out others', async () => {
    const target = await createEmployee(api.url, admin, 'Target');
    const bystander = await createEmployee(api.url, admin, 'Bystander');
    const attempt = (email: string, password: string) =>
      gql(api.url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });
    for (let i = 0; i < 10; i++) expect((await attempt(target.email, `guess ${i}`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await attempt(target.email, 'correct horse battery');
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].message).toMatch(/wait \d+ s/i);
    expect((await login(api.url, bystander.email, 'correct horse battery')).id).toBe(bystander.id);
  });

  it('rate-limits a flood of mutations from one employee while another carries on', async () => {
    const noisy = await createEmployee(api.url, admin, 'Noisy');
    const calm = await createEmployee(api.url, admin, 'Calm');
    const account = await createAccount(api.url, calm);
    const codes: string[] = [];
    for (let i = 0; i < 130; i++) {
      const result = await gql(api.url, 'mutation($s: ID!) { follow(subjectId: $s) }', { s: account }, noisy.token);
      codes.push(result.errors?.[0].extensions?.code ?? 'OK');
    }
    expect(codes.filter((c) => c === 'OK')).toHaveLength(120);
    expect(codes.slice(120).every((c) => c === 'RATE_LIMITED')).toBe(true);
    expect(await gqlOk(api.url, 'mutation($s: ID!) { follow(subjectId: $s) }', { s: account }, calm.token)).toEqual({ follow: true });
  });

  it('answers unknown socket events with an error, and drops a socket that sends more than 1 MB at once', async () => {
    const rep = await createEmployee(api.url, admin, 'Rep');
    const other = await connect(rep);
    const socket = await connect(rep);
    expect((await emit(socket, 'drop:tables')).error?.code).toBe('BAD_USER_INPUT');
    expect((await emit(socket, 'heartbeat')).at).toEqual(expect.any(String));

    const closed = socket.closed();
    socket.socket.emit('heartbeat', 'x'.repeat(1_000_001));
    expect(await closed).toMatch(/transport close|transport error/);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect((await emit(other, 'heartbeat')).at).toEqual(expect.any(String));
  });

  it("throttles 200 socket events a second from one employee, while another's live feed keeps arriving", async () => {
    const noisy = await createEmployee(api.url, admin, 'Flooder');
    const reader = await createEmployee(api.url, admin, 'Reader');
    const writer = await createEmployee(api.url, admin, 'Writer');
    const deal = await createDeal(api.url, writer, await createAccount(api.url, writer), { stage: 'PROSPECTING' });
    await follow(api.url, reader, deal);
    const readerSocket = await connect(reader);
    const noisySocket = await connect(noisy);
    const acks: Ack[] = [];
    const floodStarted = performance.now();
    const flood = setInterval(() => {
      for (let i = 0; i < 20; i++) noisySocket.socket.emit('heartbeat', (ack: Ack) => acks.push(ack)); // 200 a second
    }, 100);
    try {
      // Delivery to others goes on during the flood (how fast it stays is measured by the bench).
      for (const stage of ['QUALIFICATION', 'PROPOSAL', 'NEGOTIATION']) {
        await gqlOk(api.url, 'mutation($d: ID!, $s: DealStage!) { updateDeal(id: $d, input: { stage: $s }) { id } }', { d: deal, s: stage }, writer.token);
        await readerSocket.waitFor<FeedItemEvent>('feed:item', (e) => e.item.changes?.[0]?.to === stage);
      }
      // Keep flooding until the limiter has had a full second to refuse.
      while (performance.now() - floodStarted < 1500) await new Promise((r) => setTimeout(r, 100));
    } finally {
      clearInterval(flood);
    }
    const floodSeconds = (performance.now() - floodStarted) / 1000;
    // Barrier: one more event on the same socket is answered (or refused) after every flooded one.
    await emit(noisySocket, 'heartbeat');
    const limited = acks.filter((a) => a.error?.code === 'RATE_LIMITED').length;
    const answered = acks.filter((a) => a.at).length;
    expect(limited).toBeGreaterThan(answered);
    // The budget is 20 a second: at most that many per started second were answered.
    expect(answered).toBeLessThanOrEqual(20 * (Math.ceil(floodSeconds) + 1));
  });
});
