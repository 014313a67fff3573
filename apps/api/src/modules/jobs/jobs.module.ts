import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** The PostgreSQL job queue (pg-boss) for retries, schedules and timers. */
@Global()
@Module({
  providers: [JobsService],
  exports: [JobsService],
})
export class JobsModule {}
