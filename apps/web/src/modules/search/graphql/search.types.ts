// Names for the generated GraphQL types (src/gql, `npm run codegen`) that this module's code uses.
// Nothing here is written by hand: each name points at a generated operation or fragment type.
import type { SearchQuery, SearchQueryVariables } from 'src/gql/graphql';

export type SearchData = SearchQuery;
export type SearchVars = SearchQueryVariables;
export type SearchHit = SearchQuery['search']['edges'][number]['node'];
