// Hand-written result types for the mention documents (codegen is not set up yet); they follow
// apps/api/schema.graphql.

export interface MentionCandidate {
  __typename?: 'MentionCandidate';
  id: string;
  kind: 'EMPLOYEE' | 'TEAM' | 'TOPIC';
  handle: string;
  name: string;
  /** False: a mention on this record would not notify them (they cannot open it). */
  canOpenSubject: boolean | null;
}

export interface MentionCandidatesData {
  mentionCandidates: MentionCandidate[];
}

export type MentionCandidatesVars = { prefix: string; subjectId: string | null; first: number };

export interface TopicCandidate {
  __typename?: 'Topic';
  id: string;
  name: string;
}

export interface TopicCandidatesData {
  topicCandidates: TopicCandidate[];
}

export type TopicCandidatesVars = { prefix: string; first: number };
