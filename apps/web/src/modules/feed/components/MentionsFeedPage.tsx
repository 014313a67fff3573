import { FeedList } from 'src/modules/feed/components/FeedList';
import { FeedTabs } from 'src/modules/feed/components/FeedTabs';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { useNotificationEvents } from 'src/modules/realtime/hooks/useRealtime';

// A mention or reply reaches this feed even on a record the reader does not follow, i.e. without a
// feed:item push; the notification that comes with it is the signal to re-read the newest page.
const REFILL_ON = new Set(['MENTION', 'REPLY']);

export function MentionsFeedPage() {
  const feed = useLiveFeed({ filter: 'TO_ME', route: () => 'ignore' });
  useNotificationEvents((event) => {
    if (event.notification && REFILL_ON.has(event.notification.kind)) void feed.refill();
  });
  return (
    <div className="page page--feed">
      <header className="page__header">
        <h1>Mentions &amp; replies</h1>
        <p className="muted">Posts and comments that mention you, and replies to conversations you are in.</p>
      </header>
      <FeedTabs />
      <FeedList
        feed={feed}
        label="Mentions and replies"
        emptyMessage={
          <>
            <p>Nothing here yet.</p>
            <p className="muted">When someone @mentions you or replies to your post, it shows up here.</p>
          </>
        }
      />
    </div>
  );
}
