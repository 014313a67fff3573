import { diffWordsWithSpace } from 'diff';
import type { DiffBlock } from 'src/modules/documents/graphql/documents.types';

export interface Segment {
  text: string;
  changed: boolean;
}

/** One row of the side-by-side view: the old paragraph on the left, the new one on the right. */
export interface DiffRow {
  kind: 'same' | 'changed' | 'added' | 'removed';
  left: Segment[] | null;
  right: Segment[] | null;
}

/**
 * Pairs each run of removed paragraphs with the added run that follows it (a changed passage),
 * row by row; within a pair the changed words are marked on both sides.
 */
export function sideBySide(blocks: DiffBlock[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    if (block.op === 'UNCHANGED') {
      rows.push({ kind: 'same', left: [{ text: block.text, changed: false }], right: [{ text: block.text, changed: false }] });
      i++;
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    while (i < blocks.length && blocks[i].op === 'REMOVED') removed.push(blocks[i++].text);
    while (i < blocks.length && blocks[i].op === 'ADDED') added.push(blocks[i++].text);
    for (let n = 0; n < Math.max(removed.length, added.length); n++) {
      const before = removed[n];
      const after = added[n];
      if (before !== undefined && after !== undefined) rows.push({ kind: 'changed', ...markWords(before, after) });
      else if (before !== undefined) rows.push({ kind: 'removed', left: [{ text: before, changed: true }], right: null });
      else rows.push({ kind: 'added', left: null, right: [{ text: after, changed: true }] });
    }
  }
  return rows;
}

function markWords(before: string, after: string): { left: Segment[]; right: Segment[] } {
  const parts = diffWordsWithSpace(before, after);
  return {
    left: parts.filter((p) => !p.added).map((p) => ({ text: p.value, changed: p.removed })),
    right: parts.filter((p) => !p.removed).map((p) => ({ text: p.value, changed: p.added })),
  };
}
