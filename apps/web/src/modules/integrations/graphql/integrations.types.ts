// Names for the generated GraphQL types (src/gql, `npm run codegen`) that this module's code uses.
// Nothing here is written by hand: each name points at a generated operation or fragment type.
import type { CreateWebhookSubscriptionMutation, IntegrationsAdminQuery, WebhookDeliveriesQuery } from 'src/gql/graphql';

export type IntegrationsAdminData = IntegrationsAdminQuery;
export type ConnectorStatus = IntegrationsAdminQuery['integrationStatus']['connectors'][number];
export type WebhookDeliveriesData = WebhookDeliveriesQuery;
export type CreateWebhookSubscriptionData = CreateWebhookSubscriptionMutation;
