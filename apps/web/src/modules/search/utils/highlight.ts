export interface TextRange {
  start: number;
  length: number;
}

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * A snippet cut into plain and matched parts, from the server's ranges (string indexes). Ranges that
 * overlap or fall outside the text are clipped, so a bad range never hides text.
 */
export function highlightSegments(snippet: string, ranges: readonly TextRange[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(range.start, snippet.length));
    const end = Math.max(start, Math.min(range.start + range.length, snippet.length));
    if (start > at) segments.push({ text: snippet.slice(at, start), match: false });
    if (end > start) segments.push({ text: snippet.slice(start, end), match: true });
    at = end;
  }
  if (at < snippet.length) segments.push({ text: snippet.slice(at), match: false });
  return segments;
}
