import { graphql } from 'src/gql';

export const INTEGRATIONS_ADMIN_QUERY = graphql(`
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
`);

export const WEBHOOK_DELIVERIES_QUERY = graphql(`
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
`);

export const CREATE_WEBHOOK_SUBSCRIPTION = graphql(`
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
`);
