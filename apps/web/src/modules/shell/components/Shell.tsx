import { lazy, Suspense, useEffect, useState } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { FollowingFeedPage } from 'src/modules/feed/components/FollowingFeedPage';
import { MentionsFeedPage } from 'src/modules/feed/components/MentionsFeedPage';
import { SavedPage } from 'src/modules/feed/components/SavedPage';
import { MyFollowsPage } from 'src/modules/follows/components/MyFollowsPage';
import { NotificationsPage } from 'src/modules/notifications/components/NotificationsPage';
import { IntegrationsPage } from 'src/modules/integrations/components/IntegrationsPage';
import { PersonPage } from 'src/modules/people/components/PersonPage';
import { TopicRoute } from 'src/modules/topics/components/TopicPage';
import { AccountPage } from 'src/modules/records/components/AccountPage';
import { AccountsPage } from 'src/modules/records/components/AccountsPage';
import { CasePage } from 'src/modules/records/components/CasePage';
import { SearchPage } from 'src/modules/search/components/SearchPage';
import { SocialInboxPage } from 'src/modules/social/components/SocialInboxPage';
import { DealPage } from 'src/modules/records/components/DealPage';
import { DocumentPage } from 'src/modules/records/components/DocumentPage';
import { NotFoundPage } from 'src/modules/shell/components/NotFoundPage';
import { RecordRoute } from 'src/modules/shell/components/RecordRoute';
import { SideNav } from 'src/modules/shell/components/SideNav';
import { SIDE_NAVIGATION } from 'src/modules/shell/utils/navigation';
import { TopBar } from 'src/modules/shell/components/TopBar';
import { Drawer } from 'src/modules/ui/components/Drawer';
import { useMediaQuery } from 'src/modules/ui/hooks/useMediaQuery';
import { useDocumentTitle } from 'src/modules/shell/hooks/useDocumentTitle';
import { useScrollToTopOnNavigate } from 'src/modules/shell/hooks/useScrollToTopOnNavigate';

/** Keep in step with `@media (max-width: 860px)` in styles.css. */
const NARROW = '(max-width: 860px)';

// The charts library loads only with the insights page.
const InsightsPage = lazy(() => import('src/modules/social/components/InsightsPage').then((m) => ({ default: m.InsightsPage })));

export function Shell() {
  useScrollToTopOnNavigate();
  useDocumentTitle();
  // On a phone the navigation is a drawer (the same width as the stylesheet's narrow layout); it
  // closes when a link in it is followed.
  const narrow = useMediaQuery(NARROW);
  const [navOpen, setNavOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setNavOpen(false), [pathname, narrow]);
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <TopBar navOpen={navOpen} onToggleNav={() => setNavOpen((open) => !open)} />
      <div className="shell__body">
        {narrow ? (
          <Drawer open={navOpen} onOpenChange={setNavOpen} title="Navigation" id={SIDE_NAVIGATION} className="shell__drawer">
            <SideNav />
          </Drawer>
        ) : (
          <SideNav />
        )}
        <main id="main" className="shell__main">
          <Routes>
            <Route path="/" element={<FollowingFeedPage />} />
            {/* Signing in from a /login link lands on the feed. */}
            <Route path="/login" element={<Navigate to="/" replace />} />
            <Route path="/mentions" element={<MentionsFeedPage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/accounts" element={<AccountsPage />} />
            <Route path="/accounts/:id" element={<RecordRoute page={AccountPage} />} />
            <Route path="/deals/:id" element={<RecordRoute page={DealPage} />} />
            <Route path="/cases/:id" element={<RecordRoute page={CasePage} />} />
            <Route path="/documents/:id" element={<RecordRoute page={DocumentPage} />} />
            <Route path="/social" element={<SocialInboxPage />} />
            <Route
              path="/insights"
              element={
                <Suspense fallback={<p className="page muted" aria-busy="true">Loading…</p>}>
                  <InsightsPage />
                </Suspense>
              }
            />
            <Route path="/saved" element={<SavedPage />} />
            <Route path="/notifications" element={<NotificationsPage />} />
            <Route path="/follows" element={<MyFollowsPage />} />
            <Route path="/admin/integrations" element={<IntegrationsPage />} />
            <Route path="/topics/:name" element={<TopicRoute />} />
            <Route path="/people/:id" element={<RecordRoute page={PersonPage} />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </main>
      </div>
    </div>
  );
}
