import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';

/**
 * Limits on what one GraphQL document may ask for, checked before any resolver runs. Depth counts
 * fragment spreads as levels: the web client's feed page (feed → edges → node → comments → reactions,
 * through its fragments) stays below 10 by writing the comment fields out rather than nesting
 * fragments.
 */
export const GRAPHQL_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 };

export function graphqlLimits(production: boolean): Pick<ApolloDriverConfig, 'plugins' | 'validationRules' | 'allowBatchedHttpRequests'> {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // "Did you mean …?" helps developers and mappers alike: only outside production.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // The armor's typings name Apollo's CommonJS build, Nest's its ES module build: the same plugin API.
  return { plugins: plugins as unknown as ApolloDriverConfig['plugins'], validationRules, allowBatchedHttpRequests: false };
}
