import { registerEnum } from '../../common/graphql/enums';

// Enum values are part of the API contract: change them only with a migration and a schema review.
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
export enum DocumentKind { RFP = 'RFP', PROPOSAL = 'PROPOSAL', CONTRACT = 'CONTRACT', SOW = 'SOW', OTHER = 'OTHER' }
export enum DocumentStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SIGNED = 'SIGNED',
}

registerEnum(Visibility, { name: 'Visibility' });
registerEnum(AccountTier, { name: 'AccountTier' });
registerEnum(DealStage, { name: 'DealStage' });
registerEnum(DocumentKind, { name: 'DocumentKind' });
registerEnum(DocumentStatus, { name: 'DocumentStatus' });
