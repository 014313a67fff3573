// Names for the generated GraphQL types (src/gql, `npm run codegen`) that this module's code uses.
// Nothing here is written by hand: each name points at a generated operation or fragment type.
import type { TopicQuery, TrendingTopicsQuery } from 'src/gql/graphql';

export type TopicData = TopicQuery;
export type Topic = TopicQuery['topic'];
export type TrendingTopicsData = TrendingTopicsQuery;
