import type { FieldChangeValue } from '../feed/entities/activity.entity';

/** A tracked field: how to read it off a record, as the string stored in `changes`. */
export interface TrackedField<T> {
  field: string;
  read: (record: T) => string | null;
}

/** The tracked fields whose values differ between two versions of a record. */
export function diffTracked<T>(before: T, after: T, tracked: readonly TrackedField<T>[]): FieldChangeValue[] {
  return tracked
    // A field a record does not have yet reads as null, never undefined (which JSON would drop).
    .map(({ field, read }) => ({ field, from: read(before) ?? null, to: read(after) ?? null }))
    .filter((change) => change.from !== change.to);
}

const AMOUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "CLOSED_WON" → "Closed Won"; amounts get separators; missing values read "none". */
export function displayValue(field: string, value: string | null): string {
  if (value === null || value === '') return 'none';
  if (field === 'amount') return AMOUNT.format(Number(value));
  if (/^[A-Z][A-Z_]+$/.test(value)) {
    return value
      .split('_')
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join(' ');
  }
  return value;
}

const LABELS: Record<string, string> = { closeDate: 'close date' };

/** "Acme Renewal: stage Negotiation → Closed Won; amount 10,000 → 12,500" */
export function describeChanges(recordName: string, changes: readonly FieldChangeValue[]): string {
  if (changes.length === 0) return `${recordName}: changed and changed back`;
  const parts = changes.map(
    (c) => `${LABELS[c.field] ?? c.field} ${displayValue(c.field, c.from)} → ${displayValue(c.field, c.to)}`,
  );
  return `${recordName}: ${parts.join('; ')}`;
}

/**
 * Where a run of changes ended up, one entry per field: the first `from`, the last `to`. Fields that
 * came back to where they started drop out. A folded activity keeps every step in `changes` and
 * describes the net result in its sentence.
 */
export function netChanges(changes: readonly FieldChangeValue[]): FieldChangeValue[] {
  const byField = new Map<string, FieldChangeValue>();
  for (const change of changes) {
    const earlier = byField.get(change.field);
    byField.set(change.field, { field: change.field, from: earlier ? earlier.from : change.from, to: change.to });
  }
  return [...byField.values()].filter((c) => c.from !== c.to);
}
