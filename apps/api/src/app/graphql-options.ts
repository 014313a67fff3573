import type { ApolloDriverConfig } from '@nestjs/apollo';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { formatGraphqlError } from '../common/errors/format-graphql-error';
import { sqlDiagnosticsPlugin } from '../common/sql-statement-counter';
import { AppConfig } from '../config/app-config';
import type { AuthedRequest } from '../modules/auth/auth.decorators';
import { GqlContext, LoadersFactory } from './graphql-context';
import { graphqlLimits } from './graphql-limits';
import { textInputGuardPlugin } from './text-input-guard';

/** The committed schema; regenerated on every non-production boot so changes show in review. */
export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

export function graphqlOptions(config: AppConfig, loaders: LoadersFactory, logger: Logger): ApolloDriverConfig {
  const limits = graphqlLimits(config.production);
  return {
    path: '/graphql',
    autoSchemaFile: config.production ? true : SCHEMA_FILE,
    sortSchema: true,
    // Auth is a bearer header, never a cookie, so cross-site requests carry no credentials.
    csrfPrevention: false,
    graphiql: !config.production,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphqlError(logger),
    ...limits,
    plugins: [...(limits.plugins ?? []), textInputGuardPlugin(), sqlDiagnosticsPlugin(!config.production)],
    context: ({ req }: { req: AuthedRequest }): GqlContext => ({ req, loaders: loaders.create(req) }),
  };
}
