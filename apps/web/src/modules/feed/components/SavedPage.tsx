import { FeedList } from 'src/modules/feed/components/FeedList';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';

// Pushes are about what I follow, not what I saved: the list only changes when I bookmark.
const ignorePushes = () => 'ignore' as const;

/** `/saved`: what I bookmarked, newest first, a page at a time. */
export function SavedPage() {
  const feed = useLiveFeed({ filter: 'BOOKMARKED', route: ignorePushes });
  return (
    <div className="page page--feed">
      <header className="page__header">
        <h1>Saved</h1>
        <p className="muted">Posts and updates you bookmarked to come back to.</p>
      </header>
      <FeedList
        feed={feed}
        label="Saved items"
        live={false}
        emptyMessage={
          <>
            <p>Nothing saved yet.</p>
            <p className="muted">Choose Bookmark in a post’s ⋯ menu to keep it here.</p>
          </>
        }
      />
    </div>
  );
}
