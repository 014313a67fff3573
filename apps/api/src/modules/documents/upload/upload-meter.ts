import { createHash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import { ContentSniffer } from './content-sniffer';

export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`larger than the ${formatBytes(maxBytes)} limit`);
  }
}

/**
 * Sits between the request and the storage: hashes, counts and sniffs each chunk as it passes,
 * and stops the stream as soon as it goes over the size cap.
 */
export class UploadMeter extends Transform {
  readonly sniffer = new ContentSniffer();
  private readonly hash = createHash('sha256');
  size = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      callback(new UploadTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    this.sniffer.push(chunk);
    callback(null, chunk);
  }

  sha256(): string {
    return this.hash.digest('hex');
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
