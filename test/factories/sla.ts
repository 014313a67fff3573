import { ApiServer } from '../support/api-server';
import { gqlOk } from '../support/graphql';
import { feedOf, TestEmployee } from './org';

export const MINUTE = 60_000;

async function post<T>(api: ApiServer, path: string, body: object = {}): Promise<T> {
  const res = await fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Moves the server's clock forward (TEST_CLOCK=on); answers the server's new now. */
export async function advance(api: ApiServer, ms: number): Promise<Date> {
  return new Date((await post<{ now: string }>(api, '/api/test/clock/advance', { ms: Math.round(ms) })).now);
}

/** Moves the server's clock forward to `at` (which must be ahead of it). */
export async function advanceTo(api: ApiServer, at: number): Promise<Date> {
  const now = (await advance(api, 0)).getTime();
  if (at < now) throw new Error(`the server's clock is already past ${new Date(at).toISOString()}`);
  return advance(api, at - now);
}

export async function resetClock(api: ApiServer): Promise<void> {
  await post(api, '/api/test/clock/reset');
}

/** Runs the SLA sweep in that process now. */
export function sweep(api: ApiServer): Promise<{ atRisk: number; breached: number }> {
  return post(api, '/api/test/sla/sweep');
}

/** A customer message reaches the case (what a mention on it does), at the server's now. */
export async function customerMessage(api: ApiServer, caseId: string): Promise<void> {
  await post(api, '/api/test/sla/customer-message', { caseId });
}

export interface CaseSla {
  status: string;
  responseDueAt: string | null;
  slaStatus: string | null;
}

export async function caseSla(api: ApiServer, as: TestEmployee, caseId: string): Promise<CaseSla> {
  const data = await gqlOk<{ case: CaseSla }>(api.url, `query($id: ID!) { case(id: $id) { status responseDueAt slaStatus } }`, { id: caseId }, as.token);
  return data.case;
}

export async function setCaseStatus(api: ApiServer, as: TestEmployee, caseId: string, status: string): Promise<void> {
  await gqlOk(api.url, `mutation($id: ID!, $s: CaseStatus!) { updateCase(id: $id, input: { status: $s }) { id } }`, { id: caseId, s: status }, as.token);
}

export interface SlaNotification {
  id: string;
  kind: string;
  subjectId: string;
  activityId: string;
  actorId: string | null;
}

/** Someone's SLA notifications about one case, from the notifications query. */
export async function slaNotifications(api: ApiServer, who: TestEmployee, caseId: string): Promise<SlaNotification[]> {
  const data = await gqlOk<{ notifications: SlaNotification[] }>(
    api.url,
    '{ notifications(first: 100) { id kind subjectId activityId actorId } }',
    {},
    who.token,
  );
  return data.notifications.filter((n) => n.subjectId === caseId && n.kind.startsWith('SLA_'));
}

/** The case's SYSTEM activities about its SLA, oldest first, from its feed. */
export async function slaActivities(api: ApiServer, who: TestEmployee, caseId: string): Promise<Array<{ id: string; body: string }>> {
  const feed = await feedOf(api.url, who, { filter: 'SUBJECT', subjectId: caseId, first: 50 });
  return feed.edges
    .map((e) => e.node)
    .filter((n) => n.kind === 'SYSTEM' && /^SLA /.test(n.body ?? ''))
    .map((n) => ({ id: n.id, body: n.body ?? '' }))
    .reverse();
}

export async function setTeamLead(api: ApiServer, admin: TestEmployee, teamId: string, employeeId: string): Promise<void> {
  await gqlOk(api.url, `mutation($t: ID!, $e: ID) { setTeamLead(teamId: $t, employeeId: $e) { id } }`, { t: teamId, e: employeeId }, admin.token);
}
