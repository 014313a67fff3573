// Hand-written result types for the integration documents (codegen is not set up yet).
export interface ConnectorStatus {
  name: string;
  endpoint: string;
  secretVariable: string;
  configured: boolean;
  secretSource: string;
  lastEventAt: string | null;
  lastErrors: Array<{ at: string; status: number; message: string }>;
}

export interface WebhookSubscription {
  id: string;
  url: string;
  kinds: string[];
  active: boolean;
  createdAt: string;
  secret: string | null;
}

export interface WebhookDelivery {
  id: string;
  activityId: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
}

export interface IntegrationsAdminData {
  integrationStatus: { connectors: ConnectorStatus[]; pendingEvents: number; failedEvents: number };
  webhookSubscriptions: WebhookSubscription[];
}

export interface WebhookDeliveriesData {
  webhookDeliveries: WebhookDelivery[];
}

export interface CreateWebhookSubscriptionData {
  createWebhookSubscription: WebhookSubscription;
}
