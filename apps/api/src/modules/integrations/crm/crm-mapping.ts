import type { CasePriority, CaseStatus } from '../../../common/graphql/enums';
import type { AccountTier, DealStage } from '../../records/records.enums';

/** Fields whose values are enums in Tidings and need a table per source. */
export type MappedField = 'stage' | 'status' | 'priority' | 'tier';

export type MappingTables = Record<string, Partial<Record<MappedField, Record<string, string>>>>;

// Tidings' values (type-checked against the GraphQL enums; listed here so this file stays framework-free).
const STAGES: ReadonlyArray<`${DealStage}`> = ['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON', 'CLOSED_LOST'];
const STATUSES: ReadonlyArray<`${CaseStatus}`> = ['NEW', 'OPEN', 'PENDING_CUSTOMER', 'ESCALATED', 'RESOLVED', 'CLOSED'];
const PRIORITIES: ReadonlyArray<`${CasePriority}`> = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];
const TIERS: ReadonlyArray<`${AccountTier}`> = ['STRATEGIC', 'ENTERPRISE', 'MID_MARKET', 'SMB'];
const asSet = (values: readonly string[]) => Object.fromEntries(values.map((v) => [v, v]));
const ENUMS: Record<MappedField, Record<string, string>> = { stage: asSet(STAGES), status: asSet(STATUSES), priority: asSet(PRIORITIES), tier: asSet(TIERS) };

/**
 * Defaults for each system's standard pipeline and statuses (docs/integrations.md lists them).
 * Keys compare case-insensitively. CRM_MAPPINGS (JSON of the same shape) adds or overrides entries.
 */
export const DEFAULT_MAPPINGS: MappingTables = {
  salesforce: {
    stage: {
      Prospecting: 'PROSPECTING',
      Qualification: 'QUALIFICATION',
      'Needs Analysis': 'QUALIFICATION',
      'Value Proposition': 'PROPOSAL',
      'Id. Decision Makers': 'PROPOSAL',
      'Perception Analysis': 'PROPOSAL',
      'Proposal/Price Quote': 'PROPOSAL',
      'Negotiation/Review': 'NEGOTIATION',
      'Closed Won': 'CLOSED_WON',
      'Closed Lost': 'CLOSED_LOST',
    },
    status: { New: 'NEW', Working: 'OPEN', 'On Hold': 'PENDING_CUSTOMER', Escalated: 'ESCALATED', Closed: 'CLOSED' },
    priority: { Low: 'LOW', Medium: 'MEDIUM', High: 'HIGH', Critical: 'URGENT' },
  },
  hubspot: {
    stage: {
      appointmentscheduled: 'PROSPECTING',
      qualifiedtobuy: 'QUALIFICATION',
      presentationscheduled: 'PROPOSAL',
      decisionmakerboughtin: 'PROPOSAL',
      contractsent: 'NEGOTIATION',
      closedwon: 'CLOSED_WON',
      closedlost: 'CLOSED_LOST',
    },
    // Ticket pipeline stages of the default support pipeline: 1 New, 2 Waiting on contact, 3 Waiting on us, 4 Closed.
    status: { '1': 'NEW', '2': 'PENDING_CUSTOMER', '3': 'OPEN', '4': 'CLOSED' },
    priority: { LOW: 'LOW', MEDIUM: 'MEDIUM', HIGH: 'HIGH', URGENT: 'URGENT' },
  },
};

export class CrmMapper {
  private readonly tables: MappingTables;

  constructor(overridesJson?: string) {
    const overrides = overridesJson ? (JSON.parse(overridesJson) as MappingTables) : {};
    const merged: MappingTables = {};
    for (const source of new Set([...Object.keys(DEFAULT_MAPPINGS), ...Object.keys(overrides)])) {
      merged[source] = {};
      for (const field of Object.keys(ENUMS) as MappedField[]) {
        const entries = { ...(DEFAULT_MAPPINGS[source]?.[field] ?? {}), ...(overrides[source]?.[field] ?? {}) };
        for (const [from, to] of Object.entries(entries)) {
          if (!(to in ENUMS[field])) throw new Error(`CRM_MAPPINGS: ${source}.${field}["${from}"] = "${to}" is not a Tidings value (${Object.keys(ENUMS[field]).join(', ')})`);
        }
        merged[source][field] = Object.fromEntries(Object.entries(entries).map(([k, v]) => [k.toLowerCase(), v]));
      }
    }
    this.tables = merged;
  }

  /**
   * A source value in Tidings' terms: the source's table first, then Tidings' own value written
   * any way (`Closed Won`, `closed_won`). Null when nothing fits.
   */
  map(source: string, field: MappedField, raw: string): string | null {
    const table = this.tables[source]?.[field] ?? {};
    const hit = table[raw.toLowerCase()];
    if (hit) return hit;
    const own = raw.trim().toUpperCase().replace(/[\s-]+/g, '_');
    return own in ENUMS[field] ? own : null;
  }

  allowed(field: MappedField): string {
    return Object.keys(ENUMS[field]).join(', ');
  }
}
