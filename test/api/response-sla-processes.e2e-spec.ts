import { ApiServer, startApi } from '../support/api-server';
import { createTestDatabase, TestDatabase } from '../support/database';
import { SocketPool } from '../support/socket';
import { createAccount, createCase, createEmployee, createTeam, loginAdmin, TestEmployee } from '../factories/org';
import { advance, caseSla, customerMessage, MINUTE, resetClock, setTeamLead, slaActivities, slaNotifications, sweep } from '../factories/sla';

interface NotificationEvent {
  notification: { kind: string; subjectId: string } | null;
}

const HIGH_MINUTES = 240;
const ENV = { TEST_CLOCK: 'on', SLA_SWEEP_SECONDS: '1' };

/**
 * Issue 13, acceptance 3: SLA timers are due times in the database fired by the job queue, so they
 * survive a restart and fire once however many API processes sweep.
 */
describe('response SLA across processes', () => {
  let db: TestDatabase;
  let admin: TestEmployee;
  let ana: TestEmployee;
  let cy: TestEmployee;
  let team: string;
  let account: string;
  const servers: ApiServer[] = [];
  let current: ApiServer;
  const sockets = new SocketPool(() => current.url);

  const start = async () => {
    const api = await startApi(db.url, ENV);
    servers.push(api);
    current = api;
    return api;
  };

  beforeAll(async () => {
    db = await createTestDatabase('sla_processes');
    const api = await start();
    admin = await loginAdmin(api.url);
    [ana, cy] = await Promise.all(['Ana', 'Cy'].map((n) => createEmployee(api.url, admin, n)));
    team = await createTeam(api.url, admin, 'Social Care', [cy.id]);
    await setTeamLead(api, admin, team, cy.id);
    account = await createAccount(api.url, ana);
  });

  afterAll(async () => {
    sockets.closeAll();
    for (const api of servers) await api.stop();
    await db?.drop();
  });

  it('fires at-risk and breach after the API restarted between the start of the clock and its moments', async () => {
    const first = current;
    const caseId = await createCase(first.url, ana, account, { priority: 'HIGH', owningTeamId: team });
    await customerMessage(first, caseId);
    const due = (await caseSla(first, ana, caseId)).responseDueAt;
    // A crash: nothing flushed, no goodbye.
    await first.kill();

    const second = await start();
    const anaSocket = await sockets.connect(ana);
    expect((await caseSla(second, ana, caseId)).responseDueAt).toBe(due);
    await advance(second, 0.74 * HIGH_MINUTES * MINUTE);
    await sweep(second);
    expect(await slaActivities(second, ana, caseId)).toEqual([]);

    await advance(second, 0.02 * HIGH_MINUTES * MINUTE);
    await sweep(second);
    await anaSocket.waitFor<NotificationEvent>('notification', (e) => e.notification?.kind === 'SLA_AT_RISK' && e.notification.subjectId === caseId);
    await advance(second, 0.25 * HIGH_MINUTES * MINUTE);
    await sweep(second);
    await anaSocket.waitFor<NotificationEvent>('notification', (e) => e.notification?.kind === 'SLA_BREACHED' && e.notification.subjectId === caseId);
    expect((await slaActivities(second, ana, caseId)).map((a) => a.body.split(':')[0])).toEqual(['SLA at risk', 'SLA breached']);
    expect((await slaNotifications(second, cy, caseId)).map((n) => n.kind)).toEqual(['SLA_BREACHED']);
  });

  it('fires each moment once when two API processes sweep the same database', async () => {
    const one = current;
    const two = await start();
    await resetClock(one);
    const caseIds = await Promise.all([1, 2, 3].map(() => createCase(one.url, ana, account, { priority: 'HIGH', owningTeamId: team })));
    for (const caseId of caseIds) await customerMessage(caseId === caseIds[1] ? two : one, caseId);

    const both = async (step: (api: ApiServer) => Promise<unknown>) => Promise.all([one, two].map(step));
    // Both processes' clocks move together (each process has its own test clock), and both sweep
    // at once, several times, besides their own scheduled sweeps.
    const sweepRace = async () => {
      const results = (await Promise.all([one, two, one, two].map((api) => sweep(api)))) as Array<{ atRisk: number; breached: number }>;
      return results.reduce((sum, r) => ({ atRisk: sum.atRisk + r.atRisk, breached: sum.breached + r.breached }), { atRisk: 0, breached: 0 });
    };

    await both((api) => advance(api, 0.76 * HIGH_MINUTES * MINUTE));
    await sweepRace();
    // Barrier: every case shows its warning, then nothing more comes from more sweeps.
    for (const caseId of caseIds) {
      expect((await slaActivities(one, ana, caseId)).map((a) => a.body.split(':')[0])).toEqual(['SLA at risk']);
    }
    expect(await sweepRace()).toEqual({ atRisk: 0, breached: 0 });

    await both((api) => advance(api, 0.25 * HIGH_MINUTES * MINUTE));
    await sweepRace();
    expect(await sweepRace()).toEqual({ atRisk: 0, breached: 0 });
    for (const caseId of caseIds) {
      expect((await slaActivities(two, ana, caseId)).map((a) => a.body.split(':')[0])).toEqual(['SLA at risk', 'SLA breached']);
      expect((await slaNotifications(one, ana, caseId)).map((n) => n.kind).sort()).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
      expect((await slaNotifications(two, cy, caseId)).map((n) => n.kind)).toEqual(['SLA_BREACHED']);
    }
  });
});
