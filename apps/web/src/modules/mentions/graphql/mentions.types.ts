// Names for the generated GraphQL types (src/gql, `npm run codegen`) that this module's code uses.
// The list joins the two generated result types; nothing here restates a field by hand.
import type { MentionCandidatesQuery, TopicCandidatesQuery } from 'src/gql/graphql';

type PersonOrTeam = MentionCandidatesQuery['mentionCandidates'][number];
type TopicCandidate = TopicCandidatesQuery['topicCandidates'][number];

/** One line of the composer's suggestions: a person or team for "@", a topic for "#". */
export type MentionCandidate =
  | PersonOrTeam
  | (Pick<PersonOrTeam, 'id' | 'handle' | 'name' | 'canOpenSubject'> & { __typename: TopicCandidate['__typename']; kind: 'TOPIC' });
