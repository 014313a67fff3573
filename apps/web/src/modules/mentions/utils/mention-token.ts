/** The "@…" being typed at the caret: where it starts and ends, and what follows the "@". */
export interface MentionToken {
  start: number;
  end: number;
  query: string;
}

const HANDLE_CHARS = '[\\p{L}\\p{N}._-]';
// As the server reads mentions: "@" at the start or after a character that is not a letter, digit,
// "_", "@" or "." (so e-mail addresses are not mentions).
const TYPING = new RegExp(`(?:^|[^\\w@.])@(${HANDLE_CHARS}{0,40})$`, 'u');
const REST = new RegExp(`^${HANDLE_CHARS}*`, 'u');

export function mentionTokenAt(text: string, caret: number): MentionToken | null {
  const match = TYPING.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1] ?? '';
  const rest = REST.exec(text.slice(caret))?.[0] ?? '';
  return { start: caret - query.length - 1, end: caret + rest.length, query };
}

/** Replaces the token with "@handle " and says where the caret goes. */
export function insertMention(text: string, token: MentionToken, handle: string): { text: string; caret: number } {
  const before = text.slice(0, token.start);
  const after = text.slice(token.end).replace(/^ /, '');
  const inserted = `@${handle} `;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}

/** Whether a candidate still fits what is typed (the list may lag a keystroke behind). */
export function fitsQuery(candidate: { handle: string; name: string }, query: string): boolean {
  const q = query.toLowerCase();
  if (candidate.handle.toLowerCase().startsWith(q)) return true;
  return candidate.name
    .toLowerCase()
    .split(/\s+/)
    .some((word) => word.startsWith(q));
}
