/**
 * ts_headline marks matches with sentinel characters instead of HTML. Stored text goes through
 * cleanText, which strips control characters, so these two never occur in it (the SQL strips them
 * from the input as well, for rows written before that rule).
 */
export const HIGHLIGHT_START = '\u0001';
export const HIGHLIGHT_STOP = '\u0002';

/** Options for ts_headline: sentinels instead of <b>, and a snippet of a readable length. */
export const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=40, MinWords=24, ShortWord=3`;

export interface TextRangeValue {
  /** Offset in the snippet, in UTF-16 code units (JavaScript string indexes). */
  start: number;
  length: number;
}

export interface Headline {
  snippet: string;
  highlights: TextRangeValue[];
}

/**
 * Turns ts_headline output into plain text plus the ranges that were marked. Tolerant of anything:
 * an unmatched sentinel is dropped, a range left open ends with the text, empty ranges are skipped,
 * and surrounding whitespace is trimmed with the ranges shifted to match.
 */
export function parseHeadline(marked: string): Headline {
  let snippet = '';
  const highlights: TextRangeValue[] = [];
  let openAt: number | null = null;
  const close = () => {
    if (openAt !== null && snippet.length > openAt) highlights.push({ start: openAt, length: snippet.length - openAt });
    openAt = null;
  };
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START) {
      if (openAt === null) openAt = snippet.length;
    } else if (ch === HIGHLIGHT_STOP) {
      close();
    } else {
      snippet += ch;
    }
  }
  close();

  const lead = snippet.length - snippet.trimStart().length;
  const trimmed = snippet.trim();
  return {
    snippet: trimmed,
    highlights: highlights
      .map(({ start, length }) => {
        const from = Math.max(start - lead, 0);
        const to = Math.min(start - lead + length, trimmed.length);
        return { start: from, length: to - from };
      })
      .filter((r) => r.length > 0),
  };
}
