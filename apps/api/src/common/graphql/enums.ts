import { registerEnumType } from '@nestjs/graphql';

// Enum values are part of the API contract: change them only with a migration and a schema review.
export enum Role { ADMIN = 'ADMIN', MEMBER = 'MEMBER' }
export enum CaseStatus {
  NEW = 'NEW',
  OPEN = 'OPEN',
  PENDING_CUSTOMER = 'PENDING_CUSTOMER',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
export enum CasePriority { LOW = 'LOW', MEDIUM = 'MEDIUM', HIGH = 'HIGH', URGENT = 'URGENT' }
export enum ActivityKind {
  POST = 'POST',
  RECORD_CHANGE = 'RECORD_CHANGE',
  SOCIAL_MENTION = 'SOCIAL_MENTION',
  SYSTEM = 'SYSTEM',
  /** A document's new version; its body is the summary of what changed. */
  NEW_VERSION = 'NEW_VERSION',
  /** An account-level event from a business system: an order, a shipment, an invoice, a renewal. */
  BUSINESS_EVENT = 'BUSINESS_EVENT',
}
/** Wire formats use the lowercase names (`x`, `linkedin`, …). */
export enum SocialNetwork {
  X = 'X',
  FACEBOOK = 'FACEBOOK',
  INSTAGRAM = 'INSTAGRAM',
  LINKEDIN = 'LINKEDIN',
  REVIEWS = 'REVIEWS',
  OTHER = 'OTHER',
}
export enum MentionIntent { COMPLAINT = 'COMPLAINT', QUESTION = 'QUESTION', PRAISE = 'PRAISE', OTHER = 'OTHER' }
/** A social author's reach: LOW under 1k followers, MEDIUM 1k+, HIGH 10k+, TOP 100k+; verified counts one band higher. */
export enum SocialInfluenceBand { LOW = 'LOW', MEDIUM = 'MEDIUM', HIGH = 'HIGH', TOP = 'TOP' }
export enum SocialQueue { NEW = 'NEW', ASSIGNED = 'ASSIGNED', UNMATCHED = 'UNMATCHED', DONE = 'DONE' }
/** Who a routing rule's case goes to. */
export enum RoutingAssignee { NONE = 'NONE', SUPPORT_TEAM = 'SUPPORT_TEAM', ACCOUNT_OWNER = 'ACCOUNT_OWNER', TEAM = 'TEAM' }
export enum SubjectKindEnum {
  ACCOUNT = 'ACCOUNT',
  DEAL = 'DEAL',
  CASE = 'CASE',
  DOCUMENT = 'DOCUMENT',
  EMPLOYEE = 'EMPLOYEE',
  TEAM = 'TEAM',
  TOPIC = 'TOPIC',
}


registerEnumType(Role, { name: 'Role' });
registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(CasePriority, { name: 'CasePriority' });
registerEnumType(ActivityKind, { name: 'ActivityKind' });
registerEnumType(SocialNetwork, { name: 'SocialNetwork' });
registerEnumType(MentionIntent, { name: 'MentionIntent' });
registerEnumType(SocialInfluenceBand, { name: 'SocialInfluenceBand' });
registerEnumType(SocialQueue, { name: 'SocialQueue' });
registerEnumType(RoutingAssignee, { name: 'RoutingAssignee' });
registerEnumType(SubjectKindEnum, { name: 'SubjectKind' });

/** Enum values by GraphQL name, for error messages that list what is allowed (registerEnum adds to it). */
export const ENUMS_BY_NAME: Record<string, Record<string, string>> = {
  Role,
  CaseStatus,
  CasePriority,
  ActivityKind,
  SubjectKind: SubjectKindEnum,
  SocialNetwork,
  MentionIntent,
  SocialInfluenceBand,
  SocialQueue,
  RoutingAssignee,
};

/**
 * Registers a feature's enum with GraphQL (as registerEnumType does) and for the bad-input messages
 * that list the allowed values. A feature declares its enums in its own module (`<module>.enums.ts`).
 */
export function registerEnum<T extends Record<string, string>>(values: T, options: { name: string; description?: string }): void {
  registerEnumType(values, options);
  ENUMS_BY_NAME[options.name] = values;
}
