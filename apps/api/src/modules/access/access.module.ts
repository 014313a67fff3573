import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';
import { SharingResolver } from './sharing.resolver';
import { SharingService } from './sharing.service';
import { SubjectsService } from './subjects.service';

@Global()
@Module({
  providers: [AccessService, SubjectsService, SharingService, SharingResolver],
  exports: [AccessService, SubjectsService],
})
export class AccessModule {}
