// Hand-written result types for the topic documents (codegen is not set up yet).
export interface Topic {
  __typename?: 'Topic';
  id: string;
  name: string;
  followersCount: number;
  isFollowedByMe: boolean;
}

export interface TopicData {
  topic: Topic;
}

export interface TrendingTopic {
  __typename?: 'TrendingTopic';
  topic: Pick<Topic, 'id' | 'name'> & { __typename?: 'Topic' };
  uses: number;
}

export interface TrendingTopicsData {
  trendingTopics: TrendingTopic[];
}
