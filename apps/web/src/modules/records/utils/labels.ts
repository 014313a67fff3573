// People-facing labels for the API's enum values and amounts. The API keeps the raw values.

export const DEAL_STAGES = [
  'PROSPECTING',
  'QUALIFICATION',
  'PROPOSAL',
  'NEGOTIATION',
  'CLOSED_WON',
  'CLOSED_LOST',
] as const;
export const CASE_STATUSES = [
  'NEW',
  'OPEN',
  'PENDING_CUSTOMER',
  'ESCALATED',
  'RESOLVED',
  'CLOSED',
] as const;
export const CASE_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export const DOCUMENT_KINDS = ['RFP', 'PROPOSAL', 'CONTRACT', 'SOW', 'OTHER'] as const;
export const DOCUMENT_STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'SIGNED'] as const;
export const ACCOUNT_TIERS = ['STRATEGIC', 'ENTERPRISE', 'MID_MARKET', 'SMB'] as const;

export type DealStage = (typeof DEAL_STAGES)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type CasePriority = (typeof CASE_PRIORITIES)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export type AccountTier = (typeof ACCOUNT_TIERS)[number];

const ACRONYMS = new Set(['RFP', 'SOW', 'SMB', 'CRM']);
const ENUM_VALUE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

export function isEnumValue(value: string): boolean {
  return ENUM_VALUE.test(value);
}

/** CLOSED_WON → "Closed Won"; acronyms stay upper case (RFP, SOW). */
export function humanizeEnum(value: string): string {
  return value
    .split('_')
    .map((word) => (ACRONYMS.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(' ');
}

/** A CSS modifier naming the value, so a stage or status chip can carry its own colour. */
export function toneClass(value: string | null | undefined): string {
  return value ? `tone-${value.toLowerCase().replace(/_/g, '-')}` : 'tone-none';
}

// The draft API has no currency per deal; amounts are shown in US dollars until it does.
const currency = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

export function formatAmount(amount: number): string {
  return currency.format(amount);
}

/** A calendar date ("2025-03-31") or timestamp shown as a local date. */
export function formatDay(value: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  // Date-only strings parse as UTC midnight; read them as local dates so the day does not shift.
  const date = dateOnly ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/**
 * The statuses a person may pick by hand from `current` (the API enforces the same rule): review,
 * approval and rejection come from the approval panel; an approved document is signed, a rejected
 * one goes back to draft.
 */
export function statusesSettableByHand(current: DocumentStatus): DocumentStatus[] {
  if (current === 'APPROVED') return ['SIGNED'];
  if (current === 'REJECTED') return ['DRAFT'];
  return [];
}

/** "Deal · Acme Corp": a record's kind and account, so two records of one name can be told apart. */
export function subjectContext(subject: { kind: string; accountName?: string | null }): string {
  const kind = humanizeEnum(subject.kind);
  return subject.accountName ? `${kind} · ${subject.accountName}` : kind;
}
