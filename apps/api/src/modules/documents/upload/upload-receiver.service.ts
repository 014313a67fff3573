import { Inject, Injectable } from '@nestjs/common';
import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { AppError, ErrorCode } from '../../../common/errors/app-error';
import { newId } from '../../../common/ids';
import { cleanText } from '../../../common/text.util';
import { AppConfig } from '../../../config/app-config';
import { DOCUMENT_STORAGE, DocumentStorage } from '../storage/document-storage';
import { DetectedType } from './content-sniffer';
import { fileNameProblem } from './file-name.util';
import { formatBytes, UploadMeter, UploadTooLargeError } from './upload-meter';

export interface ReceivedFile {
  storageKey: string;
  sha256: string;
  size: number;
  type: DetectedType;
  fileName: string;
  note: string | null;
}

/** An upload refused for its size: HTTP 413, with the field and the limit in the message. */
export class PayloadTooLargeError extends AppError {}

const MAX_NOTE = 2000;

/**
 * Reads a multipart upload (field `file`, optional `note`) and streams the file straight to
 * storage under a generated key, hashing, counting and sniffing it on the way. Whatever goes
 * wrong (size, type, name, a broken request), the stored object is deleted before the error
 * surfaces: a refused upload leaves nothing behind.
 */
@Injectable()
export class UploadReceiver {
  constructor(
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    private readonly config: AppConfig,
  ) {}

  async receive(req: IncomingMessage, documentId: string): Promise<ReceivedFile> {
    const contentType = req.headers['content-type'] ?? '';
    if (!/^multipart\/form-data/i.test(contentType)) {
      throw AppError.badInput('file', 'send multipart/form-data with the file in a field named "file"');
    }
    const maxBytes = this.config.documentMaxBytes;
    const storageKey = `${documentId}/${newId()}`;
    // Filled in by the parser's callbacks.
    const got: { stored: Promise<void> | null; meter: UploadMeter | null; fileName: string; refusal: AppError | null; note: string | null } = {
      stored: null,
      meter: null,
      fileName: '',
      refusal: null,
      note: null,
    };

    const parsed = new Promise<void>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: req.headers, defParamCharset: 'utf8', preservePath: true, limits: { files: 1, fileSize: maxBytes + 1, fields: 5, fieldSize: MAX_NOTE * 4, parts: 10 } });
      } catch {
        reject(AppError.badInput('file', 'the multipart body could not be read; send multipart/form-data with a boundary'));
        return;
      }
      parser.on('file', (field, stream, info) => {
        if (field !== 'file' || got.meter || got.refusal) {
          got.refusal ??= AppError.badInput('file', 'send one file, in the field named "file"');
          stream.resume();
          return;
        }
        const problem = fileNameProblem(info.filename ?? '');
        if (problem) {
          got.refusal = AppError.badInput('file', problem);
          stream.resume();
          return;
        }
        got.fileName = (info.filename ?? '').normalize('NFC').trim();
        const current = new UploadMeter(maxBytes);
        got.meter = current;
        // Past the cap the meter fails; keep reading the request so the answer can be sent cleanly.
        current.once('error', () => stream.resume());
        stream.once('error', (error: Error) => current.destroy(error));
        got.stored = this.storage.put(storageKey, stream.pipe(current), 'application/octet-stream');
        got.stored.catch(() => undefined);
      });
      parser.on('field', (field, value) => {
        if (field === 'note') got.note = value;
      });
      parser.once('close', () => resolve());
      parser.once('error', () => reject(AppError.badInput('file', 'the multipart body is malformed or was cut off')));
      req.once('aborted', () => {
        const interrupted = AppError.badInput('file', 'the upload was interrupted');
        // End the storage write too, or it would wait for bytes that never come.
        got.meter?.destroy(interrupted);
        reject(interrupted);
      });
      req.pipe(parser);
    });

    try {
      await parsed;
      if (got.stored) await got.stored;
      if (got.refusal) throw got.refusal;
      const meter = got.meter;
      if (!meter) throw AppError.badInput('file', 'no file received; send it in the multipart field named "file"');
      const sniffed = meter.sniffer.result();
      if (!sniffed.ok) throw AppError.badInput('file', sniffed.reason);
      return { storageKey, sha256: meter.sha256(), size: meter.size, type: sniffed.type, fileName: got.fileName, note: cleanNote(got.note) };
    } catch (error) {
      await this.storage.delete(storageKey).catch(() => undefined);
      if (error instanceof UploadTooLargeError) {
        throw new PayloadTooLargeError(ErrorCode.BAD_USER_INPUT, `file: is larger than the ${formatBytes(maxBytes)} limit; upload a smaller file`, 'file');
      }
      throw error;
    }
  }

  /** Removes a stored file whose version could not be recorded. */
  discard(storageKey: string): Promise<void> {
    return this.storage.delete(storageKey);
  }
}

function cleanNote(note: string | null): string | null {
  if (note === null) return null;
  const text = cleanText(note);
  if (text.length > MAX_NOTE) throw AppError.badInput('note', `must be at most ${MAX_NOTE} characters`);
  return text === '' ? null : text;
}
