import { Provider } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../../common/logger';
import { AppConfig } from '../../../config/app-config';
import { DOCUMENT_STORAGE, DocumentStorage } from './document-storage';
import { LocalDocumentStorage, localStorageRoot } from './local-storage';
import { S3DocumentStorage } from './s3-storage';

/** S3 when all four S3_* variables are set, a folder under DATA_DIR otherwise. */
export const documentStorageProvider: Provider<DocumentStorage> = {
  provide: DOCUMENT_STORAGE,
  inject: [AppConfig, LOGGER],
  useFactory: async (config: AppConfig, logger: Logger): Promise<DocumentStorage> => {
    if (config.s3) {
      const storage = new S3DocumentStorage(config.s3);
      await storage.ensureBucket();
      logger.info({ endpoint: config.s3.endpoint, bucket: config.s3.bucket }, 'document versions are stored in S3');
      return storage;
    }
    return new LocalDocumentStorage(localStorageRoot(config.dataDir));
  },
};
