import type { SubjectKind } from 'src/modules/feed/graphql/feed.types';

const ROUTES: ReadonlyArray<readonly [prefix: string, base: string, kind: SubjectKind]> = [
  ['acc_', '/accounts/', 'ACCOUNT'],
  ['deal_', '/deals/', 'DEAL'],
  ['case_', '/cases/', 'CASE'],
  ['doc_', '/documents/', 'DOCUMENT'],
  ['emp_', '/people/', 'EMPLOYEE'],
];

const OTHER_KINDS: ReadonlyArray<readonly [prefix: string, kind: SubjectKind]> = [
  ['team_', 'TEAM'],
  ['topic_', 'TOPIC'],
];

/**
 * The page of a record or employee, or null for subjects without a page by id (teams; topics,
 * whose page goes by name: see SubjectLink).
 */
export function subjectPath(subjectId: string): string | null {
  const route = ROUTES.find(([prefix]) => subjectId.startsWith(prefix));
  return route ? `${route[1]}${encodeURIComponent(subjectId)}` : null;
}

export function subjectKindFromId(subjectId: string): SubjectKind | null {
  const record = ROUTES.find(([prefix]) => subjectId.startsWith(prefix));
  if (record) return record[2];
  const other = OTHER_KINDS.find(([prefix]) => subjectId.startsWith(prefix));
  return other ? other[1] : null;
}

const KINDS: readonly SubjectKind[] = ['ACCOUNT', 'DEAL', 'CASE', 'DOCUMENT', 'EMPLOYEE', 'TEAM', 'TOPIC'];

export function isSubjectKind(value: string | null): value is SubjectKind {
  return value !== null && (KINDS as readonly string[]).includes(value);
}

const GENERIC_NAMES: Record<SubjectKind, string> = {
  ACCOUNT: 'an account',
  DEAL: 'a deal',
  CASE: 'a case',
  DOCUMENT: 'a document',
  EMPLOYEE: 'a colleague',
  TEAM: 'a team',
  TOPIC: 'a topic',
};

/** What to call a subject the server could not describe. */
export function genericSubjectName(subjectId: string): string {
  const kind = subjectKindFromId(subjectId);
  return kind ? GENERIC_NAMES[kind] : 'something';
}
