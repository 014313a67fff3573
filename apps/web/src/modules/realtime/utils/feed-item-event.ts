import type {
  Activity,
  FeedEdge,
  FieldChange,
  PersonRef,
  SubjectRef,
} from 'src/modules/feed/graphql/feed.types';
import { isSubjectKind, subjectKindFromId } from 'src/modules/records/utils/subject-path';

/**
 * The socket's `feed:item` payload (a new activity in my feed), and `feed:item:updated` (one
 * already in it changed: an edit, a removal, folded changes, a comment), checked and shaped like
 * a cached feed edge.
 */
export interface FeedItemEvent {
  cursor: string;
  item: Activity;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toPerson(value: unknown): PersonRef | null {
  if (!isObject(value) || !str(value.id)) return null;
  return {
    __typename: 'Employee',
    id: String(value.id),
    name: str(value.name) ?? 'Someone',
    handle: str(value.handle) ?? '',
  };
}

function toSubject(value: unknown, subjectId: string): SubjectRef | null {
  if (!isObject(value) || !str(value.name)) return null;
  const kind = str(value.kind);
  return {
    __typename: 'SubjectRef',
    id: str(value.id) ?? subjectId,
    kind: isSubjectKind(kind) ? kind : (subjectKindFromId(subjectId) ?? 'TOPIC'),
    name: String(value.name),
  };
}

function toChanges(value: unknown): FieldChange[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isObject).map((change) => ({
    __typename: 'FieldChange',
    field: str(change.field) ?? '',
    from: str(change.from),
    to: str(change.to),
  }));
}

/** Returns null for payloads that are not a usable activity, so a bad push never breaks a feed. */
export function parseFeedItemEvent(payload: unknown): FeedItemEvent | null {
  if (!isObject(payload) || !isObject(payload.item)) return null;
  const raw = payload.item;
  const id = str(raw.id);
  const createdAt = str(raw.createdAt);
  const subjectId = str(raw.subjectId) ?? (isObject(raw.subject) ? str(raw.subject.id) : null);
  if (!id || !createdAt || !subjectId) return null;

  const item: Activity = {
    __typename: 'Activity',
    id,
    kind: str(raw.kind) ?? 'SYSTEM',
    createdAt,
    subjectId,
    subject: toSubject(raw.subject, subjectId),
    actor: toPerson(raw.actor),
    body: str(raw.body),
    changes: toChanges(raw.changes),
    commentCount: typeof raw.commentCount === 'number' ? raw.commentCount : 0,
    // Pushes carry no comments; a brand-new activity has none worth showing yet.
    comments: [],
    editedAt: str(raw.editedAt),
    deletedAt: str(raw.deletedAt),
    updatedAt: str(raw.updatedAt),
    // Nor reactions or per-viewer flags: a new activity has none, an update keeps the cached ones.
    reactions: [],
    isBookmarkedByMe: false,
    isMutedByMe: false,
  };
  return { cursor: str(payload.cursor) ?? id, item };
}

export function toFeedEdge(event: FeedItemEvent): FeedEdge {
  return { __typename: 'FeedEdge', cursor: event.cursor, node: event.item };
}
