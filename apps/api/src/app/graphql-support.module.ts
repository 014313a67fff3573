import { Module } from '@nestjs/common';
import { LoadersFactory } from './graphql-context';

@Module({
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class GraphqlSupportModule {}
