import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';
import { SubjectsService } from './subjects.service';

@Global()
@Module({ providers: [AccessService, SubjectsService], exports: [AccessService, SubjectsService] })
export class AccessModule {}
