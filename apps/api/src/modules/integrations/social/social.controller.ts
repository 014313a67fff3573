import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '../../../common/errors/app-error';
import { AppConfig } from '../../../config/app-config';
import { SecretName } from '../../../config/integrations-config';
import { Public } from '../../../common/request-identity';
import { ConnectorLog } from '../connector-log.service';
import type { ItemResult } from '../crm/crm.controller';
import { InboxProcessor } from '../inbox-processor.service';
import { InboxService } from '../inbox.service';
import { RawBodyRequest } from '../raw-body.middleware';
import { safeEqual, verifySha256Base64, verifySha256Hex, xCrcResponse } from '../signatures.util';
import { badSignature, connectorOff, parseJson } from '../webhook-errors';
import { NormalizedMention, ParsedMention, parseFacebook, parseGeneric, parseX, SocialInputError } from './social-formats';

export const SOCIAL_CONNECTORS = ['x', 'facebook', 'generic'] as const;
type Connector = (typeof SOCIAL_CONNECTORS)[number];

const SCHEMES: Record<Connector, { secret: SecretName; header: string; verify: typeof verifySha256Hex }> = {
  x: { secret: 'X_CONSUMER_SECRET', header: 'x-twitter-webhooks-signature', verify: verifySha256Base64 },
  facebook: { secret: 'FACEBOOK_APP_SECRET', header: 'x-hub-signature-256', verify: verifySha256Hex },
  generic: { secret: 'SOCIAL_WEBHOOK_SECRET', header: 'x-tidings-signature', verify: verifySha256Hex },
};

/** `/api/integrations/social/:connector`: each network's handshake and signature scheme, then the inbox. */
@Public()
@Controller('api/integrations/social')
export class SocialController {
  constructor(
    private readonly config: AppConfig,
    private readonly inbox: InboxService,
    private readonly processor: InboxProcessor,
    private readonly log: ConnectorLog,
  ) {}

  /** X's CRC check (`crc_token`) and Meta's subscription handshake (`hub.challenge`). */
  @Get(':connector')
  handshake(@Param('connector') connector: string, @Query() query: Record<string, string | undefined>, @Res() res: Response): void {
    const secrets = this.config.integrations.secrets;
    if (connector === 'x') {
      if (!secrets.X_CONSUMER_SECRET) throw connectorOff('X_CONSUMER_SECRET');
      if (!query.crc_token) throw AppError.badInput('crc_token', 'is required');
      res.status(200).json({ response_token: xCrcResponse(secrets.X_CONSUMER_SECRET, query.crc_token) });
      return;
    }
    if (connector === 'facebook') {
      if (!secrets.FACEBOOK_VERIFY_TOKEN) throw connectorOff('FACEBOOK_VERIFY_TOKEN');
      if (query['hub.mode'] !== 'subscribe') throw AppError.badInput('hub.mode', 'must be "subscribe"');
      if (!query['hub.verify_token'] || !safeEqual(query['hub.verify_token'], secrets.FACEBOOK_VERIFY_TOKEN)) {
        this.log.refuse('facebook', 403, 'hub.verify_token does not match FACEBOOK_VERIFY_TOKEN');
        throw AppError.forbidden('hub.verify_token: does not match FACEBOOK_VERIFY_TOKEN');
      }
      res.status(200).type('text/plain').send(query['hub.challenge'] ?? '');
      return;
    }
    throw new AppError(ErrorCode.NOT_FOUND, `No handshake for "${connector}": x and facebook have one.`);
  }

  @Post(':connector')
  @HttpCode(200)
  async receive(@Param('connector') name: string, @Req() req: RawBodyRequest): Promise<{ results: ItemResult[] }> {
    if (!(SOCIAL_CONNECTORS as readonly string[]).includes(name)) {
      throw new AppError(ErrorCode.NOT_FOUND, `No social connector "${name}": use ${SOCIAL_CONNECTORS.join(', ')}.`);
    }
    const connector = name as Connector;
    try {
      return await this.ingest(connector, req);
    } catch (error) {
      if (error instanceof AppError) this.log.refuse(connector, error.code === ErrorCode.UNAUTHENTICATED ? 401 : error.code === ErrorCode.NOT_FOUND ? 404 : 400, error.message);
      throw error;
    }
  }

  private async ingest(connector: Connector, req: RawBodyRequest): Promise<{ results: ItemResult[] }> {
    const scheme = SCHEMES[connector];
    const secret = this.config.integrations.secrets[scheme.secret];
    if (!secret) throw connectorOff(scheme.secret);
    const raw = req.rawBody ?? Buffer.alloc(0);
    const header = req.headers[scheme.header];
    if (!scheme.verify(secret, typeof header === 'string' ? header : undefined, raw)) throw badSignature(scheme.header);

    const body = parseJson(raw);
    const ctx = { ownHandles: this.config.integrations.ownHandles };
    let parsed: ParsedMention[];
    try {
      parsed = connector === 'x' ? parseX(body, ctx) : connector === 'facebook' ? parseFacebook(body, ctx) : parseGeneric(body, ctx).parsed;
    } catch (error) {
      if (error instanceof SocialInputError) throw AppError.badInput(error.field, error.message.slice(error.field.length + 2));
      throw error;
    }

    // Retweets repeat someone else's words: ignored unless SOCIAL_TRACK_RETWEETS=on.
    const keep = (m: NormalizedMention) => !m.retweet || this.config.integrations.trackRetweets;
    const valid = parsed.flatMap((p, index) => (p.ok && keep(p.mention) ? [{ index, mention: p.mention }] : []));
    const fresh = await this.inbox.ingest(
      valid.map(({ mention }) => ({ connector, source: `social:${mention.network}`, eventKey: eventKey(mention), payload: mention })),
    );
    if (fresh.some(Boolean)) this.processor.wake();
    const results: ItemResult[] = parsed.map((p, index) => (p.ok ? { index, status: 'accepted' } : { index, status: 'rejected', error: p.error }));
    valid.forEach(({ index }, i) => {
      if (!fresh[i]) results[index] = { index, status: 'duplicate' };
    });
    return { results };
  }
}

/** Identical copies share a key; an edit (new text) of the same post gets its own. */
function eventKey(m: NormalizedMention): string {
  const content = createHash('sha256').update(`${m.text}\u0000${m.url ?? ''}`).digest('hex').slice(0, 32);
  return `${m.verb}:${m.externalId}:${m.verb === 'remove' ? '' : content}`;
}
