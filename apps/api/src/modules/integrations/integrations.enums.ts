import { registerEnum } from '../../common/graphql/enums';

// Enum values are part of the API contract: change them only with a migration and a schema review.
export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  RETRYING = 'RETRYING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}

registerEnum(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });
