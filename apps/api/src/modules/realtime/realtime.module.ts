import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PeopleModule } from '../people/people.module';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimePublisher } from './realtime.publisher';

@Module({
  imports: [AuthModule, PeopleModule],
  providers: [RealtimeGateway, { provide: RealtimePublisher, useExisting: RealtimeGateway }],
  exports: [RealtimePublisher],
})
export class RealtimeModule {}
