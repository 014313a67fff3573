import { FeedList } from 'src/modules/feed/components/FeedList';
import type { LiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { PostComposer } from 'src/modules/records/components/PostComposer';

interface RecordFeedProps {
  subjectId: string;
  subjectName: string;
  feed: LiveFeed;
}

/** The composer and feed under every record page. */
export function RecordFeed({ subjectId, subjectName, feed }: RecordFeedProps) {
  return (
    <section className="record-feed" aria-labelledby="record-feed-heading">
      <h2 id="record-feed-heading" className="section-title">
        Activity
      </h2>
      <PostComposer
        subjectId={subjectId}
        subjectName={subjectName}
        onPosted={(activity) => feed.addNow([{ __typename: 'FeedEdge', cursor: activity.id, node: activity }])}
      />
      <FeedList
        feed={feed}
        label={`Activity on ${subjectName}`}
        emptyMessage={<p className="muted">No activity yet. Start the conversation above.</p>}
      />
    </section>
  );
}
