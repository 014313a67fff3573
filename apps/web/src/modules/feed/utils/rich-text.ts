export type RichTextPart =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; handle: string }
  | { kind: 'topic'; text: string; name: string };

// The same rules as the server (apps/api/src/modules/topics/topics.util.ts and
// feed/mentions.util.ts), so what shows as a link is what the server tagged: "#1" or
// "page#section" is not a topic, "ana@example.com" is not a mention.
const TOPIC = /(^|[^\p{L}\p{N}_&#/])(#\p{L}[\p{L}\p{N}_-]{0,49})/gu;
const MENTION = /(^|[^\w@.])(@[a-z0-9][a-z0-9._-]{1,30})/gi;

interface Found {
  start: number;
  part: Exclude<RichTextPart, { kind: 'text' }>;
}

function find(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(TOPIC)) {
    // Trailing separators end a sentence, not a name ("#renewal-" is "#renewal").
    const token = (match[2] ?? '').replace(/[_-]+$/, '');
    if (token.length < 3) continue;
    found.push({ start: (match.index ?? 0) + (match[1] ?? '').length, part: { kind: 'topic', text: token, name: token.slice(1) } });
  }
  for (const match of text.matchAll(MENTION)) {
    const token = (match[2] ?? '').replace(/[._-]+$/, '');
    if (token.length < 3) continue;
    const start = (match.index ?? 0) + (match[1] ?? '').length;
    found.push({ start, part: { kind: 'mention', text: token, handle: token.slice(1).toLowerCase() } });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Splits post text into plain text, @mentions and #topics, in order. */
export function parseRichText(text: string): RichTextPart[] {
  const parts: RichTextPart[] = [];
  let last = 0;
  for (const { start, part } of find(text)) {
    if (start < last) continue; // inside the previous token
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push(part);
    last = start + part.text.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The distinct topic names a text names, lower-cased as the server keys them. */
export function topicKeysIn(text: string | null): string[] {
  if (!text) return [];
  const keys = parseRichText(text)
    .filter((part): part is Extract<RichTextPart, { kind: 'topic' }> => part.kind === 'topic')
    .map((part) => part.name.toLocaleLowerCase('en'));
  return [...new Set(keys)];
}

/** The topic page of a name, with or without its "#". */
export function topicPath(name: string): string {
  return `/topics/${encodeURIComponent(name.replace(/^#/, ''))}`;
}
