export type RichTextPart =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; handle: string }
  | { kind: 'topic'; text: string; name: string }
  | { kind: 'link'; text: string; href: string };

// The same rules as the server (apps/api/src/modules/topics/topics.util.ts and
// feed/mentions.util.ts), so what shows as a link is what the server tagged: "#1" or
// "page#section" is not a topic, "ana@example.com" is not a mention.
const TOPIC = /(^|[^\p{L}\p{N}_&#/])(#\p{L}[\p{L}\p{N}_-]{0,49})/gu;
const MENTION = /(^|[^\w@.])(@[a-z0-9][a-z0-9._-]{1,30})/gi;
// Web addresses become links; only http(s), so a body can never carry a javascript: or data: link.
const URL_LIKE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?'"\]}>]+$/;

/** The address without the punctuation that ends its sentence; null unless it is a valid http(s) URL. */
export function safeLink(raw: string): string | null {
  let text = raw.replace(TRAILING, '');
  // "(see https://x.y/a)" keeps its closing parenthesis outside the link.
  while (text.endsWith(')') && (text.match(/\(/g)?.length ?? 0) < (text.match(/\)/g)?.length ?? 0)) text = text.slice(0, -1).replace(TRAILING, '');
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}

interface Found {
  start: number;
  part: Exclude<RichTextPart, { kind: 'text' }>;
}

function find(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(URL_LIKE)) {
    const href = safeLink(match[0]);
    if (href) found.push({ start: match.index ?? 0, part: { kind: 'link', text: href, href } });
  }
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
  // At one position a link wins; a # or @ inside a link is part of it (skipped as overlapping).
  return found.sort((a, b) => a.start - b.start || (a.part.kind === 'link' ? -1 : 1));
}

/** Splits post text into plain text, @mentions, #topics and links, in order. */
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
