import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { SecretName } from '../../config/integrations-config';
import { CurrentEmployee } from '../../common/request-identity';
import { Employee } from '../people/entities/employee.entity';
import { ConnectorLog } from './connector-log.service';
import { ExternalRecordsService } from './crm/external-records.service';
import { IntegrationStatus } from './integration-status.types';
import { CreateWebhookSubscriptionInput, WebhookDelivery, WebhookSubscription } from './outbound/webhook.types';
import { WebhooksService } from './outbound/webhooks.service';

const CONNECTORS: Array<{ name: string; path: string; secret: SecretName }> = [
  { name: 'crm', path: '/api/integrations/crm/events', secret: 'CRM_WEBHOOK_SECRET' },
  { name: 'hubspot', path: '/api/integrations/crm/events?format=hubspot', secret: 'HUBSPOT_CLIENT_SECRET' },
  { name: 'x', path: '/api/integrations/social/x', secret: 'X_CONSUMER_SECRET' },
  { name: 'facebook', path: '/api/integrations/social/facebook', secret: 'FACEBOOK_APP_SECRET' },
  { name: 'generic', path: '/api/integrations/social/generic', secret: 'SOCIAL_WEBHOOK_SECRET' },
];

@Resolver()
export class IntegrationsResolver {
  constructor(
    private readonly external: ExternalRecordsService,
    private readonly webhooks: WebhooksService,
    private readonly config: AppConfig,
    private readonly log: ConnectorLog,
    private readonly db: DataSource,
  ) {}

  @Query(() => ID, { description: "A mirrored CRM record's subject id. NOT_FOUND when missing or not visible: the same error either way." })
  externalRecord(@CurrentEmployee() me: Employee, @Args('source') source: string, @Args('externalId') externalId: string): Promise<string> {
    return this.external.subjectIdFor(me.id, source, externalId);
  }

  @Mutation(() => WebhookSubscription, { description: 'Admins: POST matching activities on public subjects to url. The secret is returned only here.' })
  createWebhookSubscription(@CurrentEmployee() me: Employee, @Args('input') input: CreateWebhookSubscriptionInput): Promise<WebhookSubscription> {
    return this.webhooks.create(me.id, input);
  }

  @Query(() => [WebhookSubscription], { description: 'Admins: outbound webhook subscriptions (without their secrets).' })
  webhookSubscriptions(): Promise<WebhookSubscription[]> {
    return this.webhooks.list();
  }

  @Query(() => [WebhookDelivery], { description: 'Admins: the delivery log of one subscription, newest first.' })
  webhookDeliveries(
    @Args('subscriptionId', { type: () => ID }) subscriptionId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<WebhookDelivery[]> {
    return this.webhooks.deliveries(subscriptionId, first ?? 20);
  }

  @Query(() => IntegrationStatus, { description: 'Admins: each connector, its secret, last event and last refusals.' })
  async integrationStatus(): Promise<IntegrationStatus> {
    const { secrets, secretOrigin, publicUrl } = this.config.integrations;
    const latest: Array<{ connector: string; at: Date }> = await this.db.query('SELECT connector, max(received_at) AS at FROM integration_inbox GROUP BY connector');
    const counts: Array<{ pending: number; failed: number }> = await this.db.query(
      `SELECT count(*) FILTER (WHERE processed_at IS NULL)::int AS pending, count(*) FILTER (WHERE outcome = 'failed')::int AS failed FROM integration_inbox`,
    );
    const base = publicUrl ?? `http://localhost:${this.config.port}`;
    return {
      connectors: CONNECTORS.map((c) => ({
        name: c.name,
        endpoint: base + c.path,
        secretVariable: c.secret,
        configured: secrets[c.secret] !== null,
        secretSource: secretOrigin[c.secret],
        lastEventAt: latest.find((l) => l.connector === c.name)?.at ?? null,
        lastErrors: this.log.lastErrors(c.name),
      })),
      pendingEvents: counts[0]?.pending ?? 0,
      failedEvents: counts[0]?.failed ?? 0,
    };
  }
}
