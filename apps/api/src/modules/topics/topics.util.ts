/** Most topics one post or comment may carry. */
export const MAX_TOPICS = 10;

// "#renewal", "#Q3-pricing", "(#churn-risk)": a letter first, so "#1" or "issue #42" is not a topic,
// and not inside a word or a URL fragment ("page#section").
const TOPIC = /(^|[^\p{L}\p{N}_&#/])#(\p{L}[\p{L}\p{N}_-]{0,49})/gu;

export interface ParsedTopic {
  /** As first written, for display: "Q3-pricing". */
  name: string;
  /** What makes two spellings the same topic: "q3-pricing". */
  key: string;
}

/** The distinct topics a text names, in order of first appearance. */
export function topicsIn(text: string): ParsedTopic[] {
  const found = new Map<string, ParsedTopic>();
  for (const match of text.matchAll(TOPIC)) {
    const name = match[2].replace(/[_-]+$/, '');
    const key = name.toLocaleLowerCase('en');
    if (name.length >= 2 && !found.has(key)) found.set(key, { name, key });
  }
  return [...found.values()];
}
