import { registerEnumType } from '@nestjs/graphql';

// Enum values are part of the API contract: change them only with a migration and a schema review.
export enum Role { ADMIN = 'ADMIN', MEMBER = 'MEMBER' }
export enum Visibility { PUBLIC = 'PUBLIC', PRIVATE = 'PRIVATE' }
export enum AccountTier { STRATEGIC = 'STRATEGIC', ENTERPRISE = 'ENTERPRISE', MID_MARKET = 'MID_MARKET', SMB = 'SMB' }
export enum DealStage {
  PROSPECTING = 'PROSPECTING',
  QUALIFICATION = 'QUALIFICATION',
  PROPOSAL = 'PROPOSAL',
  NEGOTIATION = 'NEGOTIATION',
  CLOSED_WON = 'CLOSED_WON',
  CLOSED_LOST = 'CLOSED_LOST',
}
export enum CaseStatus {
  NEW = 'NEW',
  OPEN = 'OPEN',
  PENDING_CUSTOMER = 'PENDING_CUSTOMER',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
export enum CasePriority { LOW = 'LOW', MEDIUM = 'MEDIUM', HIGH = 'HIGH', URGENT = 'URGENT' }
export enum DocumentKind { RFP = 'RFP', PROPOSAL = 'PROPOSAL', CONTRACT = 'CONTRACT', SOW = 'SOW', OTHER = 'OTHER' }
export enum DocumentStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SIGNED = 'SIGNED',
}
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
export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  RETRYING = 'RETRYING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
export enum FeedFilter {
  FOLLOWING = 'FOLLOWING',
  TO_ME = 'TO_ME',
  SUBJECT = 'SUBJECT',
  SOCIAL = 'SOCIAL',
  BOOKMARKED = 'BOOKMARKED',
}
export enum SubjectKindEnum {
  ACCOUNT = 'ACCOUNT',
  DEAL = 'DEAL',
  CASE = 'CASE',
  DOCUMENT = 'DOCUMENT',
  EMPLOYEE = 'EMPLOYEE',
  TEAM = 'TEAM',
  TOPIC = 'TOPIC',
}

/** The small set of reactions; each stands for one emoji (REACTION_EMOJI). */
export enum Reaction {
  LIKE = 'LIKE',
  LOVE = 'LOVE',
  CELEBRATE = 'CELEBRATE',
  INSIGHTFUL = 'INSIGHTFUL',
  LAUGH = 'LAUGH',
  SURPRISED = 'SURPRISED',
  EYES = 'EYES',
}
export const REACTION_EMOJI: Record<Reaction, string> = {
  LIKE: '👍',
  LOVE: '❤️',
  CELEBRATE: '🎉',
  INSIGHTFUL: '💡',
  LAUGH: '😄',
  SURPRISED: '😮',
  EYES: '👀',
};
export enum InfluenceBand {
  OBSERVER = 'OBSERVER',
  CONTRIBUTOR = 'CONTRIBUTOR',
  ACTIVE_INFLUENCER = 'ACTIVE_INFLUENCER',
  TOP_INFLUENCER = 'TOP_INFLUENCER',
}

registerEnumType(Role, { name: 'Role' });
registerEnumType(Reaction, { name: 'Reaction', description: 'LIKE 👍, LOVE ❤️, CELEBRATE 🎉, INSIGHTFUL 💡, LAUGH 😄, SURPRISED 😮, EYES 👀' });
registerEnumType(InfluenceBand, { name: 'InfluenceBand' });
registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(AccountTier, { name: 'AccountTier' });
registerEnumType(DealStage, { name: 'DealStage' });
registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(CasePriority, { name: 'CasePriority' });
registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(DocumentStatus, { name: 'DocumentStatus' });
registerEnumType(ActivityKind, { name: 'ActivityKind' });
registerEnumType(FeedFilter, { name: 'FeedFilter' });
registerEnumType(SocialNetwork, { name: 'SocialNetwork' });
registerEnumType(MentionIntent, { name: 'MentionIntent' });
registerEnumType(SocialInfluenceBand, { name: 'SocialInfluenceBand' });
registerEnumType(SocialQueue, { name: 'SocialQueue' });
registerEnumType(RoutingAssignee, { name: 'RoutingAssignee' });
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });
registerEnumType(SubjectKindEnum, { name: 'SubjectKind' });

/** Enum values by GraphQL name, for error messages that list what is allowed. */
export const ENUMS_BY_NAME: Record<string, Record<string, string>> = {
  Role,
  Visibility,
  AccountTier,
  DealStage,
  CaseStatus,
  CasePriority,
  DocumentKind,
  DocumentStatus,
  ActivityKind,
  FeedFilter,
  SubjectKind: SubjectKindEnum,
  Reaction,
  InfluenceBand,
  SocialNetwork,
  MentionIntent,
  SocialInfluenceBand,
  SocialQueue,
  RoutingAssignee,
  WebhookDeliveryStatus,
};
