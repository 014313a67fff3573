import { diffArrays, diffLines } from 'diff';

export type DiffOpValue = 'ADDED' | 'REMOVED' | 'UNCHANGED';

export interface DiffBlockValue {
  op: DiffOpValue;
  text: string;
}

/** A diff that takes longer than this (two very different long texts) falls back to "replaced". */
const DIFF_TIMEOUT_MS = 250;
const MAX_SECTIONS_NAMED = 3;
// "4.2 Pricing", "4. Scope", "Section 7 Termination": a short numbered line that starts with a capital
// and does not end like a sentence reads as a section heading ("100 EUR." does not).
const HEADING = /^(Section\s+)?\d{1,2}(\.\d{1,2})*\.?\s+\p{Lu}[^\n]{0,80}(?<![.!?;,])$/u;

/** Paragraphs: blocks separated by blank lines, each trimmed, inner line breaks kept. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter((p) => p.length > 0);
}

/** One block per paragraph, in reading order: removed before added where a paragraph changed. */
export function diffParagraphs(before: string[], after: string[]): DiffBlockValue[] {
  const changes = diffArrays(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    return [...before.map((text) => ({ op: 'REMOVED' as const, text })), ...after.map((text) => ({ op: 'ADDED' as const, text }))];
  }
  return changes.flatMap((change) => change.value.map((text) => ({ op: opOf(change), text })));
}

/** One block per run of lines, for texts whose layout is line by line. */
export function diffTextLines(before: string, after: string): DiffBlockValue[] {
  const changes = diffLines(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return [{ op: 'REMOVED', text: before }, { op: 'ADDED', text: after }];
  return changes.map((c) => ({ op: opOf(c), text: c.value.replace(/\n$/, '') }));
}

function opOf(change: { added: boolean; removed: boolean }): DiffOpValue {
  return change.added ? 'ADDED' : change.removed ? 'REMOVED' : 'UNCHANGED';
}

/**
 * "+3 paragraphs, −1; section 4.2 Pricing changed": counts of added and removed paragraphs (a
 * changed paragraph is one of each), then the sections the changes fall in, by their headings.
 */
export function summarizeDiff(blocks: DiffBlockValue[]): string {
  const added = blocks.filter((b) => b.op === 'ADDED').length;
  const removed = blocks.filter((b) => b.op === 'REMOVED').length;
  if (added === 0 && removed === 0) return 'no text changes';
  const counts: string[] = [];
  if (added > 0) counts.push(`+${added} ${added === 1 ? 'paragraph' : 'paragraphs'}`);
  if (removed > 0) counts.push(added > 0 ? `−${removed}` : `−${removed} ${removed === 1 ? 'paragraph' : 'paragraphs'}`);
  const sections = changedSections(blocks);
  if (sections.length === 0) return counts.join(', ');
  const named = sections.slice(0, MAX_SECTIONS_NAMED).join(', ');
  const more = sections.length > MAX_SECTIONS_NAMED ? ` and ${sections.length - MAX_SECTIONS_NAMED} more` : '';
  return `${counts.join(', ')}; ${sections.length === 1 ? 'section' : 'sections'} ${named}${more} changed`;
}

/** The heading each changed paragraph sits under (in the new text's order), each named once. */
function changedSections(blocks: DiffBlockValue[]): string[] {
  const sections: string[] = [];
  let current: string | null = null;
  for (const block of blocks) {
    const firstLine = block.text.split('\n')[0];
    const isHeading = HEADING.test(firstLine);
    if (isHeading && block.op !== 'REMOVED') current = firstLine;
    if (block.op === 'UNCHANGED') continue;
    const section = isHeading ? firstLine : current;
    if (section && !sections.includes(section)) sections.push(section);
  }
  return sections;
}
