import { useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { errorCode } from 'src/modules/api/utils/graphql-error';
import { FeedList } from 'src/modules/feed/components/FeedList';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { topicKeysIn } from 'src/modules/feed/utils/rich-text';
import { FollowButton } from 'src/modules/records/components/FollowButton';
import { TOPIC_QUERY } from 'src/modules/topics/graphql/topics.documents';
import type { Topic } from 'src/modules/topics/graphql/topics.types';

/** `/topics/:name`: a #topic, its followers, and the posts that name it. */
export function TopicRoute() {
  const { name = '' } = useParams<{ name: string }>();
  const { data, error, refetch } = useQuery(TOPIC_QUERY, { variables: { name } });

  if (!data) {
    if (!error) return <p className="page muted" aria-busy="true">Loading…</p>;
    // A topic exists once a post names it.
    if (errorCode(error) === 'NOT_FOUND') {
      return (
        <div className="page page--feed">
          <header className="page__header">
            <h1>#{name}</h1>
          </header>
          <p className="muted">No post names #{name} yet. Write one on a record to start the topic.</p>
        </div>
      );
    }
    return (
      <div className="page page--feed">
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  return <TopicPage key={data.topic.id} topic={data.topic} />;
}

function TopicPage({ topic }: { topic: Topic }) {
  const key = topic.name.toLocaleLowerCase('en');
  const feed = useLiveFeed({
    filter: 'SUBJECT',
    subjectId: topic.id,
    route: (item) => (item.subjectId === topic.id || topicKeysIn(item.body).includes(key) ? 'show' : 'ignore'),
  });

  return (
    <div className="page page--feed" data-testid="topic-page">
      <header className="subject-header card">
        <div className="subject-header__top">
          <div>
            <p className="eyebrow">Topic</p>
            <h1 className="subject-header__title" data-testid="topic-title">
              #{topic.name}
            </h1>
          </div>
          <FollowButton
            target={{ __typename: 'Topic', id: topic.id, isFollowedByMe: topic.isFollowedByMe }}
            followersCount={topic.followersCount}
          />
        </div>
        <p className="muted">Follow the topic to get every post that names it in your feed.</p>
      </header>
      <FeedList
        feed={feed}
        label={`Posts naming #${topic.name}`}
        emptyMessage={<p className="muted">No posts you can open name #{topic.name}.</p>}
      />
    </div>
  );
}
