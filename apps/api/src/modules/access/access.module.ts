import { Global, Module } from '@nestjs/common';
import { AccessLoaders } from './access.loaders';
import { AccessService } from './access.service';
import { SharingResolver } from './sharing.resolver';
import { SharingService } from './sharing.service';
import { SubjectsService } from './subjects.service';

@Global()
@Module({
  providers: [AccessLoaders, AccessService, SubjectsService, SharingService, SharingResolver],
  exports: [AccessService, SubjectsService],
})
export class AccessModule {}
