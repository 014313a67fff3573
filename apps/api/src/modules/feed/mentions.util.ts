/** Most people and teams one post or comment may @mention. */
export const MAX_MENTIONS = 25;

// A handle after "@" that is not part of an email address or a word: "@bo", "(@support-emea)".
const MENTION = /(^|[^\w@.])@([a-z0-9][a-z0-9._-]{1,30})/gi;

/** The distinct handles a text mentions, lowercased, in order of first appearance. */
export function mentionedHandles(text: string): string[] {
  const handles = new Set<string>();
  for (const match of text.matchAll(MENTION)) handles.add(match[2].toLowerCase().replace(/[._-]+$/, ''));
  return [...handles];
}
