import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentStorage } from './document-storage';

/** Version files in a folder (DATA_DIR/documents by default); keys become relative paths. */
export class LocalDocumentStorage implements DocumentStorage {
  readonly name = 'local';

  constructor(private readonly root: string) {}

  async put(key: string, body: Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    try {
      // 'wx': a generated key never overwrites an existing file.
      await pipeline(body, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    const stream = createReadStream(path);
    // Surface a missing file as a rejected promise rather than a stream error mid-response.
    await new Promise<void>((ok, fail) => {
      stream.once('open', () => ok());
      stream.once('error', fail);
    });
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, ...key.split('/'));
    if (!path.startsWith(resolve(this.root) + sep)) throw new Error(`storage key escapes the storage folder: ${key}`);
    return path;
  }
}

export function localStorageRoot(dataDir: string): string {
  return join(dataDir, 'documents');
}
