import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../common/logger';
import { AppConfig } from '../config/app-config';

export interface Runtime {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
}

/** What main.ts prepared before Nest starts: validated config, a migrated database, the logger. */
@Global()
@Module({})
export class CoreModule {
  static register(runtime: Runtime): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfig, useValue: runtime.config },
        { provide: DataSource, useValue: runtime.dataSource },
        { provide: LOGGER, useValue: runtime.logger },
      ],
      exports: [AppConfig, DataSource, LOGGER],
    };
  }
}
