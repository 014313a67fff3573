import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';
import { AppError } from '../../../common/errors/app-error';
import { LOGGER } from '../../../common/logger';
import { CurrentEmployee } from '../../../common/request-identity';
import { Employee } from '../../people/entities/employee.entity';
import { DOCUMENT_STORAGE, DocumentStorage } from '../storage/document-storage';
import { TextExtractionService } from '../text/text-extraction.service';
import { contentDisposition } from '../upload/file-name.util';
import { PayloadTooLargeError, ReceivedFile, UploadReceiver } from '../upload/upload-receiver.service';
import { DocumentVersionsService } from './document-versions.service';

/** Downloads render nothing and run nothing, whatever a file claims to be. */
const DOWNLOAD_CSP = "default-src 'none'; sandbox";

/**
 * Version files over HTTP, with the same bearer token as GraphQL (the global guard checks it).
 * Errors answer `{ error: { code, message, field? } }` like every HTTP route; 413 for size.
 */
@Controller('api/documents')
export class VersionsController {
  constructor(
    private readonly receiver: UploadReceiver,
    private readonly versions: DocumentVersionsService,
    private readonly extraction: TextExtractionService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Post(':id/versions')
  @HttpCode(201)
  async upload(@CurrentEmployee() me: Employee, @Param('id') documentId: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    // Visibility first: an invisible document answers NOT_FOUND before a byte is stored.
    await this.versions.assertUploadable(me, documentId);
    let received: ReceivedFile;
    try {
      received = await this.receiver.receive(req, documentId);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) {
        res.status(413);
        return { error: { code: error.code, message: error.message, field: error.field } };
      }
      throw error;
    }
    try {
      const text = await this.extraction.extract(received.type, received.size, () => this.storage.get(received.storageKey));
      const row = await this.versions.record(me, documentId, { ...received, text: text.text, textReason: text.reason });
      return { version: row.version, sha256: row.sha256, size: Number(row.size), contentType: row.content_type, fileName: row.file_name };
    } catch (error) {
      await this.receiver.discard(received.storageKey).catch(() => undefined);
      throw error;
    }
  }

  @Get(':id/versions/:version')
  async download(@CurrentEmployee() me: Employee, @Param('id') documentId: string, @Param('version') version: string, @Res() res: Response): Promise<void> {
    const row = await this.versions.findVisible(me, documentId, /^\d{1,9}$/.test(version) ? Number(version) : NaN);
    const body = await this.storage.get(row.storage_key).catch((error: unknown) => {
      this.logger.error({ err: error, documentId, version: row.version }, 'a stored version file is missing');
      throw AppError.notFound('version');
    });
    res.status(200);
    res.setHeader('Content-Type', row.content_type.startsWith('text/') ? `${row.content_type}; charset=utf-8` : row.content_type);
    res.setHeader('Content-Length', String(row.size));
    res.setHeader('Content-Disposition', contentDisposition(row.file_name));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', DOWNLOAD_CSP);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('ETag', `"${row.sha256}"`);
    await pipeline(body, res).catch((error: unknown) => {
      // The client went away mid-download: nothing to answer.
      this.logger.debug({ err: error, documentId }, 'download ended early');
    });
  }
}
