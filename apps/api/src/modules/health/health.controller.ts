import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../../common/request-identity';

@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** 200 once the database answers; 503 while it does not. */
  @Public()
  @Get()
  @HttpCode(200)
  async health(): Promise<{ status: 'ok' }> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: 'the database does not answer' });
    }
    return { status: 'ok' };
  }
}
