import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { CreateWebhookSubscriptionData, IntegrationsAdminData, WebhookDeliveriesData } from 'src/modules/integrations/graphql/integrations.types';

export const INTEGRATIONS_ADMIN_QUERY: TypedDocumentNode<IntegrationsAdminData, Record<string, never>> = gql`
  query IntegrationsAdmin {
    integrationStatus {
      pendingEvents
      failedEvents
      connectors {
        name
        endpoint
        secretVariable
        configured
        secretSource
        lastEventAt
        lastErrors {
          at
          status
          message
        }
      }
    }
    webhookSubscriptions {
      id
      url
      kinds
      active
      createdAt
      secret
    }
  }
`;

export const WEBHOOK_DELIVERIES_QUERY: TypedDocumentNode<WebhookDeliveriesData, { subscriptionId: string; first: number }> = gql`
  query WebhookDeliveries($subscriptionId: ID!, $first: Int) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: $first) {
      id
      activityId
      status
      attempts
      lastStatusCode
      lastError
      createdAt
      lastAttemptAt
    }
  }
`;

export const CREATE_WEBHOOK_SUBSCRIPTION: TypedDocumentNode<CreateWebhookSubscriptionData, { input: { url: string; kinds: string[] } }> = gql`
  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      id
      url
      kinds
      active
      createdAt
      secret
    }
  }
`;
