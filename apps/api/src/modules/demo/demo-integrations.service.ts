import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { DealStage } from '../records/records.enums';
import { LOGGER } from '../../common/logger';
import { ExternalRecordsService } from '../integrations/crm/external-records.service';
import { pick } from './demo-org';
import { DemoSocial } from './demo-social.service';
import { DemoWebhooks } from './demo-webhooks.service';

/** Salesforce's standard stage names, for the CDC events the demo sends. */
const SF_STAGE: Record<DealStage, string> = {
  PROSPECTING: 'Prospecting',
  QUALIFICATION: 'Qualification',
  PROPOSAL: 'Proposal/Price Quote',
  NEGOTIATION: 'Negotiation/Review',
  CLOSED_WON: 'Closed Won',
  CLOSED_LOST: 'Closed Lost',
};
const NEXT: Partial<Record<DealStage, DealStage>> = { PROSPECTING: DealStage.QUALIFICATION, QUALIFICATION: DealStage.PROPOSAL, PROPOSAL: DealStage.NEGOTIATION, NEGOTIATION: DealStage.CLOSED_WON };

/**
 * The demo's outside world: signed Salesforce CDC changes, ERP business events and social mentions
 * (DemoSocial), sent through the real webhook endpoints of this server, so a first start shows all of them.
 */
@Injectable()
export class DemoIntegrations {
  constructor(
    private readonly db: DataSource,
    private readonly external: ExternalRecordsService,
    private readonly webhooks: DemoWebhooks,
    private readonly social: DemoSocial,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** One of each, and a handful of social mentions, right after start. */
  async starterSet(random: () => number): Promise<void> {
    for (const step of [() => this.crmChange(random), () => this.businessEvent(random), () => this.social.starterSet(random)]) {
      await step().catch((error) => this.logger.warn({ err: error }, 'demo integration event failed'));
    }
  }

  doSomething(random: () => number): Promise<string> {
    const roll = random();
    // Social mentions are the busiest source, so the inbox, its clocks and the charts stay alive.
    if (roll < 0.25) return this.crmChange(random);
    if (roll < 0.4) return this.businessEvent(random);
    return this.social.mention(random);
  }

  private async crmChange(random: () => number): Promise<string> {
    const deals: Array<{ id: string; stage: DealStage }> = await this.db.query(
      `SELECT id, stage FROM deals WHERE visibility = 'PUBLIC' AND stage NOT IN ('CLOSED_WON', 'CLOSED_LOST') ORDER BY id LIMIT 20`,
    );
    if (deals.length === 0) return 'no deal for a CRM change';
    const deal = pick(random, deals);
    const sfId = `006${hash(deal.id, 15)}`;
    await this.external.link('salesforce', sfId, 'DEAL', deal.id);
    const stage = NEXT[deal.stage] ?? DealStage.QUALIFICATION;
    const body = {
      ChangeEventHeader: {
        entityName: 'Opportunity',
        recordIds: [sfId],
        changeType: 'UPDATE',
        transactionKey: randomUUID(),
        sequenceNumber: 1,
        commitTimestamp: Date.now(),
        commitUser: '005DEMO0000000001',
        changedFields: ['StageName'],
      },
      StageName: SF_STAGE[stage],
    };
    await this.webhooks.send('/api/integrations/crm/events', body, 'CRM_WEBHOOK_SECRET');
    return `Salesforce moved ${deal.id} to ${stage}`;
  }

  private async businessEvent(random: () => number): Promise<string> {
    const account = await this.randomAccount(random);
    if (!account) return 'no account for a business event';
    const customer = `CUST-${hash(account.id, 6).toUpperCase()}`;
    await this.external.link('erp', customer, 'ACCOUNT', account.id);
    const n = 1000 + Math.floor(random() * 9000);
    const event = pick(random, [
      { name: `Invoice INV-${n}`, status: 'overdue', amount: 1000 + Math.round(random() * 200) * 100, currency: 'EUR' },
      { name: `Invoice INV-${n}`, status: 'paid', amount: 1000 + Math.round(random() * 200) * 100, currency: 'EUR' },
      { name: `Order SO-${n}`, status: 'placed', amount: 500 + Math.round(random() * 100) * 50, currency: 'USD' },
      { name: `Shipment SH-${n}`, status: 'delivered' },
      { name: 'Support contract', status: 'renewed', amount: 24_000, currency: 'EUR' },
    ]);
    await this.webhooks.send('/api/integrations/crm/events', { type: 'business_event', source: 'erp', eventId: randomUUID(), accountExternalId: customer, ...event }, 'CRM_WEBHOOK_SECRET');
    return `${event.name} ${event.status} for ${account.name}`;
  }

  private async randomAccount(random: () => number): Promise<{ id: string; name: string } | null> {
    const rows: Array<{ id: string; name: string }> = await this.db.query(
      `SELECT id, name FROM accounts WHERE visibility = 'PUBLIC' ORDER BY id LIMIT 30`,
    );
    return rows.length ? pick(random, rows) : null;
  }
}

function hash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
