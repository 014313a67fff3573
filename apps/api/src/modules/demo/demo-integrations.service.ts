import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { DealStage } from '../records/records.enums';
import { LOGGER } from '../../common/logger';
import { AppConfig } from '../../config/app-config';
import { ExternalRecordsService } from '../integrations/crm/external-records.service';
import { PeopleService } from '../people/people.service';
import { RecordsService } from '../records/records.service';
import { pick } from './demo-org';

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

const MENTIONS = [
  'Anyone else seeing slow exports from {name} today?',
  'Big thanks to the {name} team for sorting our rollout so quickly',
  'Is {name} planning an EU data centre? Asking for our compliance team',
  'Three weeks waiting on a reply from {name} support. Not great.',
  'Just renewed with {name}, the new dashboards sold it',
];
const HANDLES = ['data_dana', 'ops_omar', 'cto_chen', 'maria_builds', 'lee_at_work', 'frank_reviews'];

/**
 * The demo's outside world: signed Salesforce CDC changes, ERP business events and social mentions,
 * sent through the real webhook endpoints of this server, so a first start shows all of them.
 */
@Injectable()
export class DemoIntegrations {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly external: ExternalRecordsService,
    private readonly records: RecordsService,
    private readonly people: PeopleService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** One of each, right after start. */
  async starterSet(random: () => number): Promise<void> {
    for (const step of [() => this.crmChange(random), () => this.businessEvent(random), () => this.mention(random)]) {
      await step().catch((error) => this.logger.warn({ err: error }, 'demo integration event failed'));
    }
  }

  doSomething(random: () => number): Promise<string> {
    const roll = random();
    if (roll < 0.4) return this.crmChange(random);
    if (roll < 0.65) return this.businessEvent(random);
    return this.mention(random);
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
    await this.send('/api/integrations/crm/events', body, 'CRM_WEBHOOK_SECRET', 'x-tidings-signature', 'hex');
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
    await this.send('/api/integrations/crm/events', { type: 'business_event', source: 'erp', eventId: randomUUID(), accountExternalId: customer, ...event }, 'CRM_WEBHOOK_SECRET', 'x-tidings-signature', 'hex');
    return `${event.name} ${event.status} for ${account.name}`;
  }

  private async mention(random: () => number): Promise<string> {
    const account = await this.randomAccount(random);
    if (!account) return 'no account for a mention';
    // The demo's customers listen for their own name, so mentions of them find them.
    if (!account.watch_keywords.includes(account.name)) {
      const admin = await this.people.firstAdmin();
      if (admin) await this.records.updateAccount(admin, account.id, { watchKeywords: [...account.watch_keywords, account.name] });
    }
    const handle = pick(random, HANDLES);
    const body = {
      externalId: `demo-${randomUUID()}`,
      network: pick(random, ['x', 'linkedin', 'reviews'] as const),
      author: { handle, name: handle.replace('_', ' '), followers: Math.floor(random() * 5000), verified: random() < 0.1 },
      text: pick(random, MENTIONS).replace('{name}', account.name),
      postedAt: new Date().toISOString(),
      lang: 'en',
    };
    await this.send('/api/integrations/social/generic', body, 'SOCIAL_WEBHOOK_SECRET', 'x-tidings-signature', 'hex');
    return `@${handle} mentioned ${account.name}`;
  }

  private async randomAccount(random: () => number): Promise<{ id: string; name: string; watch_keywords: string[] } | null> {
    const rows: Array<{ id: string; name: string; watch_keywords: string[] }> = await this.db.query(
      `SELECT id, name, watch_keywords FROM accounts WHERE visibility = 'PUBLIC' ORDER BY id LIMIT 30`,
    );
    return rows.length ? pick(random, rows) : null;
  }

  /** Signs and POSTs to this server's own endpoint, as the outside system would. */
  private async send(path: string, payload: object, secretName: 'CRM_WEBHOOK_SECRET' | 'SOCIAL_WEBHOOK_SECRET', header: string, encoding: 'hex'): Promise<void> {
    const secret = this.config.integrations.secrets[secretName];
    if (!secret) return;
    const body = JSON.stringify(payload);
    const host = this.config.host === '0.0.0.0' || this.config.host === '::' ? '127.0.0.1' : this.config.host;
    const res = await fetch(`http://${host}:${this.config.port}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [header]: `sha256=${createHmac('sha256', secret).update(body).digest(encoding)}` },
      body,
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  }
}

function hash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
