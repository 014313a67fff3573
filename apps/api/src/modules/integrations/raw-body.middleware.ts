import type { NextFunction, Request, Response } from 'express';

export const MAX_WEBHOOK_BYTES = 1024 * 1024;

/** What webhook controllers read: the exact bytes that were signed. */
export interface RawBodyRequest extends Request {
  rawBody?: Buffer;
}

/**
 * Keeps webhook bodies as raw bytes (signatures cover them exactly, so they must not be parsed and
 * re-serialised first), and answers 413 past 1 MB without reading further. Mounted before the
 * JSON parser, which then leaves these requests alone.
 */
export function webhookRawBody() {
  return (req: RawBodyRequest & { _body?: boolean }, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST') return next();
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = () => {
      res.status(413).json({ error: { code: 'PAYLOAD_TOO_LARGE', message: `body: larger than ${MAX_WEBHOOK_BYTES} bytes; split it into batches` } });
    };
    if (declared > MAX_WEBHOOK_BYTES) {
      req.resume();
      return tooLarge();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_WEBHOOK_BYTES) {
        done = true;
        tooLarge();
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      req.rawBody = Buffer.concat(chunks);
      req._body = true; // body-parser's "already read" mark
      req.body = undefined;
      next();
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      next(error);
    });
  };
}
