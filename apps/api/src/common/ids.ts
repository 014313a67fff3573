import { uuidv7 } from 'uuidv7';

/** Every subject id says what it is: `deal_0193…` is a deal. */
export const SUBJECT_PREFIXES = {
  ACCOUNT: 'acc',
  DEAL: 'deal',
  CASE: 'case',
  DOCUMENT: 'doc',
  EMPLOYEE: 'emp',
  TEAM: 'team',
  TOPIC: 'topic',
} as const;

export type SubjectKind = keyof typeof SUBJECT_PREFIXES;
export type RecordKind = Extract<SubjectKind, 'ACCOUNT' | 'DEAL' | 'CASE' | 'DOCUMENT'>;
export const RECORD_KINDS: readonly RecordKind[] = ['ACCOUNT', 'DEAL', 'CASE', 'DOCUMENT'];

const KIND_BY_PREFIX = new Map<string, SubjectKind>(
  Object.entries(SUBJECT_PREFIXES).map(([kind, prefix]) => [prefix, kind as SubjectKind]),
);

const ID_PATTERN = /^([a-z]+)_([0-9a-f]{32})$/;

/** A new time-ordered (UUIDv7) id, prefixed by its kind. */
export function newSubjectId(kind: SubjectKind): string {
  return `${SUBJECT_PREFIXES[kind]}_${uuidv7().replaceAll('-', '')}`;
}

export function newId(): string {
  return uuidv7();
}

/** The kind of a subject id, or null when the id is not one of ours. */
export function subjectKindOf(id: string): SubjectKind | null {
  const match = ID_PATTERN.exec(id);
  return match ? (KIND_BY_PREFIX.get(match[1]) ?? null) : null;
}

export function isRecordKind(kind: SubjectKind | null): kind is RecordKind {
  return kind !== null && (RECORD_KINDS as readonly string[]).includes(kind);
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(id: string): boolean {
  return UUID_PATTERN.test(id);
}
