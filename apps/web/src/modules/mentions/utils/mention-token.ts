/** The "@…" or "#…" being typed at the caret: where it starts and ends, and what follows the sign. */
export interface MentionToken {
  start: number;
  end: number;
  query: string;
  /** "@" names a person or team; "#" a topic. */
  trigger: '@' | '#';
}

const HANDLE_CHARS = '[\\p{L}\\p{N}._-]';
// As the server reads mentions: "@" at the start or after a character that is not a letter, digit,
// "_", "@" or "." (so e-mail addresses are not mentions).
const TYPING = new RegExp(`(?:^|[^\\w@.])@(${HANDLE_CHARS}{0,40})$`, 'u');
const REST = new RegExp(`^${HANDLE_CHARS}*`, 'u');
// As the server reads topics: "#" and a letter, at the start or after a character that is not a
// letter, digit, "_", "&", "#" or "/" (so "page#section" and "&#38;" are not topics).
const TOPIC_TYPING = /(?:^|[^\p{L}\p{N}_&#/])#(\p{L}[\p{L}\p{N}_-]{0,49})$/u;
const TOPIC_REST = /^[\p{L}\p{N}_-]*/u;

export function mentionTokenAt(text: string, caret: number): MentionToken | null {
  const typed = text.slice(0, caret);
  const mention = TYPING.exec(typed);
  if (mention) {
    const query = mention[1] ?? '';
    const rest = REST.exec(text.slice(caret))?.[0] ?? '';
    return { start: caret - query.length - 1, end: caret + rest.length, query, trigger: '@' };
  }
  const topic = TOPIC_TYPING.exec(typed);
  if (!topic) return null;
  const query = topic[1] ?? '';
  const rest = TOPIC_REST.exec(text.slice(caret))?.[0] ?? '';
  return { start: caret - query.length - 1, end: caret + rest.length, query, trigger: '#' };
}

/** Replaces the token with "@handle " (or "#topic ") and says where the caret goes. */
export function insertMention(text: string, token: MentionToken, handle: string): { text: string; caret: number } {
  const before = text.slice(0, token.start);
  const after = text.slice(token.end).replace(/^ /, '');
  const inserted = `${token.trigger}${handle} `;
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
