import type { FieldChange } from 'src/modules/feed/graphql/feed.types';
import {
  formatAmount,
  formatDay,
  humanizeEnum,
  isEnumValue,
  toneClass,
} from 'src/modules/records/utils/labels';

export interface ChangeView {
  label: string;
  from: string | null;
  to: string | null;
  /** CSS modifiers for value chips; set for fields whose values have colours (stage, status...). */
  fromTone: string | null;
  toTone: string | null;
}

export type NameLookup = (id: string) => string | undefined;

const TONED_FIELDS = new Set(['stage', 'status', 'priority', 'tier']);
// Only these carry enum values; other fields (names, titles) are shown as written.
const ENUM_FIELDS = new Set([...TONED_FIELDS, 'kind', 'visibility', 'role']);

/** closeDate → "close date", ownerId → "owner". */
export function fieldLabel(field: string): string {
  return field
    .replace(/Id$/, '')
    .replace(/_id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

function formatValue(field: string, value: string | null, nameOf: NameLookup): string | null {
  if (value === null || value === '') return null;
  const key = field.toLowerCase();
  if (key === 'amount') {
    const amount = Number(value);
    return Number.isFinite(amount) ? formatAmount(amount) : value;
  }
  if (key.endsWith('date')) return formatDay(value);
  if (value.startsWith('emp_') || value.startsWith('team_')) return nameOf(value) ?? value;
  if (ENUM_FIELDS.has(key) && isEnumValue(value)) return humanizeEnum(value);
  return value;
}

export function formatChange(change: FieldChange, nameOf: NameLookup): ChangeView {
  const toned = TONED_FIELDS.has(change.field.toLowerCase());
  return {
    label: fieldLabel(change.field),
    from: formatValue(change.field, change.from, nameOf),
    to: formatValue(change.field, change.to, nameOf),
    fromTone: toned ? toneClass(change.from) : null,
    toTone: toned ? toneClass(change.to) : null,
  };
}
