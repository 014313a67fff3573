import { Link } from 'react-router-dom';
import { FeedList } from 'src/modules/feed/components/FeedList';
import { FeedTabs } from 'src/modules/feed/components/FeedTabs';
import { HomeComposer } from 'src/modules/feed/components/HomeComposer';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';

export function FollowingFeedPage() {
  // Every push is addressed to this employee's audience, i.e. to this feed.
  const feed = useLiveFeed({ filter: 'FOLLOWING' });
  return (
    <div className="page page--feed">
      <header className="page__header">
        <h1>Following</h1>
        <p className="muted">Changes and conversation on everything you follow.</p>
      </header>
      <FeedTabs />
      <HomeComposer feed={feed} />
      <FeedList
        feed={feed}
        label="Following feed"
        emptyMessage={
          <>
            <p>Nothing here yet.</p>
            <p className="muted">
              Follow an account, deal, case or document from its page, starting with the{' '}
              <Link to="/accounts">accounts list</Link>.
            </p>
          </>
        }
      />
    </div>
  );
}
