import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { AppError, ErrorCode } from '../../../common/errors/app-error';
import { AppConfig } from '../../../config/app-config';
import { Public } from '../../../common/request-identity';
import { ConnectorLog } from '../connector-log.service';
import { InboxProcessor } from '../inbox-processor.service';
import { InboxService } from '../inbox.service';
import { RawBodyRequest } from '../raw-body.middleware';
import { verifyHubspotV3, verifySha256Hex } from '../signatures.util';
import { badSignature, connectorOff, parseJson } from '../webhook-errors';
import { CRM_FORMATS, CrmFormat, CrmInputError, crmItems, detectFormat } from './crm-formats';
import { CrmMapper } from './crm-mapping';

export type ItemStatus = 'accepted' | 'duplicate' | 'stale' | 'rejected';
export interface ItemResult {
  index: number;
  status: ItemStatus;
  error?: string;
}

/**
 * `POST /api/integrations/crm/events`: verifies the signature over the raw bytes, validates each
 * event, commits the valid ones to the inbox and answers per item. Processing happens after.
 */
@Public()
@Controller('api/integrations/crm')
export class CrmController {
  private readonly mapper: CrmMapper;

  constructor(
    private readonly config: AppConfig,
    private readonly inbox: InboxService,
    private readonly processor: InboxProcessor,
    private readonly log: ConnectorLog,
  ) {
    this.mapper = new CrmMapper(config.integrations.crmMappings);
  }

  @Post('events')
  @HttpCode(200)
  async events(@Req() req: RawBodyRequest, @Query('format') formatParam?: string): Promise<{ results: ItemResult[] }> {
    const connector = formatParam === 'hubspot' || (!formatParam && req.headers['x-hubspot-signature-v3']) ? 'hubspot' : 'crm';
    try {
      return await this.receive(req, formatParam);
    } catch (error) {
      if (error instanceof AppError) this.log.refuse(connector, error.code === ErrorCode.UNAUTHENTICATED ? 401 : error.code === ErrorCode.NOT_FOUND ? 404 : 400, error.message);
      throw error;
    }
  }

  private async receive(req: RawBodyRequest, formatParam: string | undefined): Promise<{ results: ItemResult[] }> {
    if (formatParam !== undefined && !CRM_FORMATS.includes(formatParam as CrmFormat)) {
      throw AppError.badInput('format', `"${formatParam}" is not a format; use one of ${CRM_FORMATS.join(', ')}`);
    }
    const raw = req.rawBody ?? Buffer.alloc(0);
    const hubspot = formatParam === 'hubspot' || (!formatParam && req.headers['x-hubspot-signature-v3'] !== undefined);
    if (hubspot) this.verifyHubspot(req, raw);
    else this.verifyTidings(req, raw);

    const body = parseJson(raw);
    const format: CrmFormat = hubspot ? 'hubspot' : ((formatParam as CrmFormat | undefined) ?? detectFormat(body));
    let parsed;
    try {
      parsed = crmItems(format, body, this.mapper).parsed;
    } catch (error) {
      if (error instanceof CrmInputError) throw AppError.badInput(error.field, error.message.slice(error.field.length + 2));
      throw error;
    }

    const valid = parsed.flatMap((p, index) => (p.ok ? [{ index, item: p.item }] : []));
    const newest = await this.inbox.newestApplied(valid.flatMap(({ item }) => (item.type === 'record' ? [{ source: item.source, externalId: item.externalId }] : [])));
    const fresh = await this.inbox.ingest(valid.map(({ item }) => ({ connector: hubspot ? 'hubspot' : 'crm', source: item.source, eventKey: item.eventId, payload: item })));
    if (fresh.some(Boolean)) this.processor.wake();

    const results: ItemResult[] = parsed.map((p, index) => (p.ok ? { index, status: 'accepted' } : { index, status: 'rejected', error: p.error }));
    valid.forEach(({ index, item }, i) => {
      if (!fresh[i]) return void (results[index] = { index, status: 'duplicate' });
      const applied = item.type === 'record' ? newest.get(`${item.source}\u0000${item.externalId}`) : undefined;
      if (applied && new Date(item.occurredAt) < applied) results[index] = { index, status: 'stale' };
    });
    return { results };
  }

  private verifyTidings(req: RawBodyRequest, raw: Buffer): void {
    const secret = this.config.integrations.secrets.CRM_WEBHOOK_SECRET;
    if (!secret) throw connectorOff('CRM_WEBHOOK_SECRET');
    const header = req.headers['x-tidings-signature'];
    if (!verifySha256Hex(secret, typeof header === 'string' ? header : undefined, raw)) throw badSignature('X-Tidings-Signature');
  }

  private verifyHubspot(req: RawBodyRequest, raw: Buffer): void {
    const secret = this.config.integrations.secrets.HUBSPOT_CLIENT_SECRET;
    if (!secret) throw connectorOff('HUBSPOT_CLIENT_SECRET');
    const base = this.config.integrations.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    const verdict = verifyHubspotV3(secret, {
      method: req.method,
      url: base + req.originalUrl,
      body: raw,
      signature: header(req, 'x-hubspot-signature-v3'),
      timestamp: header(req, 'x-hubspot-request-timestamp'),
      now: Date.now(),
    });
    if (verdict === 'bad') throw badSignature('X-HubSpot-Signature-v3');
    if (verdict === 'stale') throw new AppError(badSignature('X-HubSpot-Request-Timestamp').code, 'X-HubSpot-Request-Timestamp: older than 5 minutes; HubSpot signs each delivery anew');
  }
}

function header(req: RawBodyRequest, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}
