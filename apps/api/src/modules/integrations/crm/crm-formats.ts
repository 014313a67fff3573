import { createHash } from 'node:crypto';
import { z } from 'zod';
import { cleanText } from '../../../common/text.util';
import { CrmMapper, MappedField } from './crm-mapping';

export type CrmFormat = 'tidings' | 'salesforce-cdc' | 'hubspot';
export const CRM_FORMATS: readonly CrmFormat[] = ['tidings', 'salesforce-cdc', 'hubspot'];
export type CrmRecordType = 'ACCOUNT' | 'DEAL' | 'CASE';

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** One CRM event in Tidings' terms, as the inbox stores it (dates as ISO strings). */
export type CrmItem =
  | {
      type: 'record';
      source: string;
      eventId: string;
      occurredAt: string;
      recordType: CrmRecordType;
      externalId: string;
      /** Present on creates; the record is named from it, or "HubSpot deal 31415926535". */
      name: string | null;
      accountExternalId: string | null;
      /** Mapped fields: name, stage, amount, closeDate, status, priority, tier, industry. */
      fields: Record<string, string | number | null>;
      declared: FieldChange[];
      actorEmail: string | null;
    }
  | {
      type: 'business';
      source: string;
      eventId: string;
      occurredAt: string;
      accountExternalId: string;
      accountName: string | null;
      name: string;
      status: string;
      amount: number | null;
      currency: string | null;
      url: string | null;
    };

export type Parsed = { ok: true; item: CrmItem } | { ok: false; field: string; error: string };

export class CrmInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** "salesforce" → "Salesforce", for "via Salesforce" and stub names. */
export function sourceLabel(source: string): string {
  const known: Record<string, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot' };
  return known[source] ?? source.charAt(0).toUpperCase() + source.slice(1);
}

/** The format named by ?format=, or recognised from the payload's shape. */
export function detectFormat(body: unknown): CrmFormat {
  const first: unknown = Array.isArray(body) ? body[0] : body;
  if (first && typeof first === 'object') {
    const o = first as Record<string, unknown>;
    if ('subscriptionType' in o) return 'hubspot';
    if ('ChangeEventHeader' in o) return 'salesforce-cdc';
    if (o.payload && typeof o.payload === 'object' && 'ChangeEventHeader' in o.payload) return 'salesforce-cdc';
  }
  return 'tidings';
}

/** Items of a delivery: an array is a batch (each item on its own), an object is one event. */
export function crmItems(format: CrmFormat, body: unknown, mapper: CrmMapper): { batch: boolean; parsed: Parsed[] } {
  if (format === 'hubspot') {
    if (!Array.isArray(body)) throw new CrmInputError('body', 'HubSpot sends an array of events');
    if (body.length > 100) throw new CrmInputError('body', 'at most 100 events per request');
    return { batch: true, parsed: body.map((e) => guard(() => hubspotItem(e, mapper))) };
  }
  const parse = format === 'salesforce-cdc' ? (e: unknown) => cdcItem(e, mapper) : (e: unknown) => tidingsItem(e, mapper);
  if (Array.isArray(body)) {
    if (body.length === 0 || body.length > 100) throw new CrmInputError('body', 'a batch holds 1 to 100 events');
    return { batch: true, parsed: body.map((e) => guard(() => parse(e))) };
  }
  const single = guard(() => parse(body));
  if (!single.ok) throw new CrmInputError(single.field, single.error.slice(single.field.length + 2));
  return { batch: false, parsed: [single] };
}

function guard(parse: () => CrmItem): Parsed {
  try {
    return { ok: true, item: parse() };
  } catch (error) {
    if (error instanceof CrmInputError) return { ok: false, field: error.field, error: error.message };
    if (error instanceof z.ZodError) {
      const issue = error.issues[0];
      const field = issue.path.length ? issue.path.join('.') : 'body';
      return { ok: false, field, error: `${field}: ${issue.message}` };
    }
    throw error;
  }
}

// --- tidings ------------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().min(1, 'is blank').max(max, `is longer than ${max} characters`);
const value = z.union([z.string(), z.number(), z.null()]);
const isoTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time like 2026-03-01T10:00:00Z' });

const tidingsRecordEvent = z.object({
  eventId: text(200),
  occurredAt: isoTime,
  source: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be a lowercase name like "salesforce" or "netsuite"'),
  record: z.object({
    type: z.enum(['account', 'deal', 'case']),
    externalId: text(200),
    name: text(200).optional(),
    accountExternalId: text(200).optional().nullable(),
    fields: z.record(z.string(), value).optional(),
  }),
  changes: z.array(z.object({ field: text(50), from: value.optional(), to: value })).max(50).optional(),
  actor: z.object({ email: z.email('must be an email address') }).optional().nullable(),
});

const businessEvent = z.object({
  type: z.literal('business_event'),
  eventId: text(200).optional(),
  occurredAt: isoTime.optional(),
  source: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be a lowercase name').optional(),
  accountExternalId: text(200),
  accountName: text(200).optional(),
  name: text(200),
  status: text(100),
  amount: z.number().min(-999_999_999_999).max(999_999_999_999).optional().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like EUR').optional().nullable(),
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional().nullable(),
});

function tidingsItem(raw: unknown, mapper: CrmMapper): CrmItem {
  if (raw && typeof raw === 'object' && (raw as { type?: unknown }).type === 'business_event') {
    const e = businessEvent.parse(raw);
    return {
      type: 'business',
      source: e.source ?? 'crm',
      // Without an id, identical redeliveries share the content's hash.
      eventId: e.eventId ?? `sha256:${createHash('sha256').update(JSON.stringify(raw)).digest('hex')}`,
      occurredAt: e.occurredAt ? new Date(e.occurredAt).toISOString() : new Date().toISOString(),
      accountExternalId: e.accountExternalId,
      accountName: e.accountName ? cleanText(e.accountName) : null,
      name: cleanText(e.name),
      status: cleanText(e.status),
      amount: e.amount ?? null,
      currency: e.currency ?? null,
      url: e.url ?? null,
    };
  }
  const e = tidingsRecordEvent.parse(raw);
  const recordType = e.record.type.toUpperCase() as CrmRecordType;
  const rawFields: Record<string, unknown> = { ...(e.record.fields ?? {}) };
  for (const change of e.changes ?? []) rawFields[change.field] = change.to;
  if (e.record.name) rawFields[recordType === 'CASE' ? 'subject' : 'name'] ??= e.record.name;
  const fields = mapFields(e.source, recordType, rawFields, mapper, (f) => `record.fields.${f}`);
  return {
    type: 'record',
    source: e.source,
    eventId: e.eventId,
    occurredAt: new Date(e.occurredAt).toISOString(),
    recordType,
    externalId: e.record.externalId,
    name: e.record.name ? cleanText(e.record.name) : null,
    accountExternalId: e.record.accountExternalId ?? null,
    fields,
    declared: (e.changes ?? [])
      .filter((c) => c.field in fields)
      .map((c) => ({ field: c.field, from: c.from == null ? null : String(mapped(e.source, c.field, c.from, mapper)), to: fields[c.field] == null ? null : String(fields[c.field]) })),
    actorEmail: e.actor?.email ?? null,
  };
}

// --- Salesforce Change Data Capture ---------------------------------------------------------------

const cdcHeader = z.object({
  entityName: z.string().min(1),
  recordIds: z.array(z.string().min(1)).min(1),
  changeType: z.string().min(1),
  changedFields: z.array(z.string()).optional(),
  commitUser: z.string().optional(),
  commitTimestamp: z.number().int().positive(),
  transactionKey: z.string().min(1),
  sequenceNumber: z.number().int().nonnegative(),
});

const SF_ENTITIES: Record<string, CrmRecordType> = { Account: 'ACCOUNT', Opportunity: 'DEAL', Case: 'CASE' };
const SF_FIELDS: Record<CrmRecordType, Record<string, string>> = {
  ACCOUNT: { Name: 'name', Industry: 'industry' },
  DEAL: { Name: 'name', StageName: 'stage', Amount: 'amount', CloseDate: 'closeDate' },
  CASE: { Subject: 'subject', Status: 'status', Priority: 'priority' },
};

/** Our field → the Salesforce field it came from, for error messages. */
const SF_NAMES = Object.fromEntries(
  Object.entries(SF_FIELDS).map(([type, fields]) => [type, Object.fromEntries(Object.entries(fields).map(([sf, ours]) => [ours, sf]))]),
) as Record<CrmRecordType, Record<string, string>>;

function cdcItem(raw: unknown, mapper: CrmMapper): CrmItem {
  const envelope = raw && typeof raw === 'object' && 'payload' in raw ? raw.payload : raw;
  if (!envelope || typeof envelope !== 'object') throw new CrmInputError('payload', 'must be the change event object');
  const payload = envelope as Record<string, unknown>;
  const parsedHeader = cdcHeader.safeParse(payload.ChangeEventHeader);
  if (!parsedHeader.success) {
    const issue = parsedHeader.error.issues[0];
    const field = ['ChangeEventHeader', ...issue.path].join('.');
    throw new CrmInputError(field, issue.message);
  }
  const header = parsedHeader.data;
  const recordType = SF_ENTITIES[header.entityName];
  if (!recordType) throw new CrmInputError('ChangeEventHeader.entityName', `"${header.entityName}" is not mirrored; use Account, Opportunity or Case`);
  if (header.recordIds.length !== 1) throw new CrmInputError('ChangeEventHeader.recordIds', 'relay one record per event (split gap and bulk events in the bridge)');
  if (!['CREATE', 'UPDATE', 'UNDELETE', 'GAP_CREATE', 'GAP_UPDATE'].includes(header.changeType)) {
    throw new CrmInputError('ChangeEventHeader.changeType', `"${header.changeType}" is not handled; Tidings keeps records deleted in Salesforce`);
  }
  const rawFields: Record<string, unknown> = {};
  for (const [sfField, field] of Object.entries(SF_FIELDS[recordType])) if (sfField in payload) rawFields[field] = payload[sfField];
  const fields = mapFields('salesforce', recordType, rawFields, mapper, (f) => SF_NAMES[recordType][f] ?? f);
  const name = typeof payload.Name === 'string' ? payload.Name : typeof payload.Subject === 'string' ? payload.Subject : null;
  return {
    type: 'record',
    source: 'salesforce',
    // CDC has no event id: a transaction and the change's place in it identify it.
    eventId: `${header.transactionKey}:${header.sequenceNumber}`,
    occurredAt: new Date(header.commitTimestamp).toISOString(),
    recordType,
    externalId: header.recordIds[0],
    name: name ? cleanText(name) : null,
    accountExternalId: typeof payload.AccountId === 'string' ? payload.AccountId : null,
    fields,
    declared: [],
    actorEmail: null,
  };
}

// --- HubSpot ------------------------------------------------------------------------------------------

const hubspotEvent = z.object({
  eventId: z.union([z.number(), z.string().min(1)]),
  subscriptionType: z.string().min(1),
  objectId: z.union([z.number(), z.string().min(1)]),
  occurredAt: z.number().int().positive(),
  propertyName: z.string().optional(),
  propertyValue: z.union([z.string(), z.number(), z.null()]).optional(),
});

const HS_OBJECTS: Record<string, CrmRecordType> = { company: 'ACCOUNT', deal: 'DEAL', ticket: 'CASE' };
const HS_FIELDS: Record<CrmRecordType, Record<string, string>> = {
  ACCOUNT: { name: 'name', industry: 'industry' },
  DEAL: { dealname: 'name', dealstage: 'stage', amount: 'amount', closedate: 'closeDate' },
  CASE: { subject: 'subject', hs_pipeline_stage: 'status', hs_ticket_priority: 'priority' },
};

function hubspotItem(raw: unknown, mapper: CrmMapper): CrmItem {
  const e = hubspotEvent.parse(raw);
  const [object, action] = e.subscriptionType.split('.');
  const recordType = HS_OBJECTS[object];
  if (!recordType || !['creation', 'propertyChange'].includes(action)) {
    throw new CrmInputError('subscriptionType', `"${e.subscriptionType}" is not handled; subscribe to company, deal or ticket creation and propertyChange`);
  }
  const rawFields: Record<string, unknown> = {};
  const field = e.propertyName ? HS_FIELDS[recordType][e.propertyName] : undefined;
  if (field && e.propertyValue !== undefined) rawFields[field] = e.propertyValue;
  const fields = mapFields('hubspot', recordType, rawFields, mapper, () => 'propertyValue');
  return {
    type: 'record',
    source: 'hubspot',
    eventId: String(e.eventId),
    occurredAt: new Date(e.occurredAt).toISOString(),
    recordType,
    externalId: String(e.objectId),
    name: null,
    accountExternalId: null,
    fields,
    declared: [],
    actorEmail: null,
  };
}

// --- fields -------------------------------------------------------------------------------------------

const ALLOWED: Record<CrmRecordType, string[]> = {
  ACCOUNT: ['name', 'industry', 'tier'],
  DEAL: ['name', 'stage', 'amount', 'closeDate'],
  CASE: ['subject', 'status', 'priority'],
};
const ENUM_FIELDS: Record<string, MappedField> = { stage: 'stage', status: 'status', priority: 'priority', tier: 'tier' };

function mapped(source: string, field: string, raw: unknown, mapper: CrmMapper): unknown {
  const enumField = ENUM_FIELDS[field];
  return enumField && typeof raw === 'string' ? (mapper.map(source, enumField, raw) ?? raw) : raw;
}

/** Source values in Tidings' terms; unknown fields are ignored, bad values name their field. */
function mapFields(
  source: string,
  type: CrmRecordType,
  raw: Record<string, unknown>,
  mapper: CrmMapper,
  name: (field: string) => string,
): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [field, value] of Object.entries(raw)) {
    const target = field === 'name' && type === 'CASE' ? 'subject' : field;
    if (!ALLOWED[type].includes(target) || value === undefined) continue;
    const enumField = ENUM_FIELDS[target];
    if (enumField) {
      if (typeof value !== 'string') throw new CrmInputError(name(field), 'must be a string');
      const hit = mapper.map(source, enumField, value);
      if (!hit) throw new CrmInputError(name(field), `"${value}" has no Tidings ${enumField}; map it in CRM_MAPPINGS (Tidings values: ${mapper.allowed(enumField)})`);
      out[target] = hit;
    } else if (target === 'amount') {
      const amount = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount > 999_999_999_999) {
        throw new CrmInputError(name(field), 'must be a number between 0 and 999,999,999,999');
      }
      out.amount = amount;
    } else if (target === 'closeDate') {
      out.closeDate = value === null ? null : isoDate(value, name(field));
    } else {
      if (value === null && (target === 'name' || target === 'subject')) throw new CrmInputError(name(field), 'cannot be empty');
      if (value !== null && typeof value !== 'string') throw new CrmInputError(name(field), 'must be a string');
      const cleaned = value === null ? null : cleanText(value).slice(0, 200);
      if (cleaned === '' && (target === 'name' || target === 'subject')) throw new CrmInputError(name(field), 'is blank');
      out[target] = cleaned;
    }
  }
  return out;
}

/** A date as YYYY-MM-DD from an ISO date, an ISO time, or milliseconds since 1970 (HubSpot). */
function isoDate(value: unknown, field: string): string {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && /^\d{10,}$/.test(value) ? Number(value) : null;
  const date = ms !== null ? new Date(ms) : typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new CrmInputError(field, 'must be a date like 2026-12-31');
  return date.toISOString().slice(0, 10);
}
