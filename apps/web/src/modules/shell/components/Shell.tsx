import { Route, Routes } from 'react-router-dom';
import { FollowingFeedPage } from 'src/modules/feed/components/FollowingFeedPage';
import { MentionsFeedPage } from 'src/modules/feed/components/MentionsFeedPage';
import { SavedPage } from 'src/modules/feed/components/SavedPage';
import { IntegrationsPage } from 'src/modules/integrations/components/IntegrationsPage';
import { PersonPage } from 'src/modules/people/components/PersonPage';
import { TopicRoute } from 'src/modules/topics/components/TopicPage';
import { AccountPage } from 'src/modules/records/components/AccountPage';
import { AccountsPage } from 'src/modules/records/components/AccountsPage';
import { CasePage } from 'src/modules/records/components/CasePage';
import { SearchPage } from 'src/modules/search/components/SearchPage';
import { DealPage } from 'src/modules/records/components/DealPage';
import { DocumentPage } from 'src/modules/records/components/DocumentPage';
import { NotFoundPage } from 'src/modules/shell/components/NotFoundPage';
import { RecordRoute } from 'src/modules/shell/components/RecordRoute';
import { SideNav } from 'src/modules/shell/components/SideNav';
import { TopBar } from 'src/modules/shell/components/TopBar';
import { useScrollToTopOnNavigate } from 'src/modules/shell/hooks/useScrollToTopOnNavigate';

export function Shell() {
  useScrollToTopOnNavigate();
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <TopBar />
      <div className="shell__body">
        <SideNav />
        <main id="main" className="shell__main">
          <Routes>
            <Route path="/" element={<FollowingFeedPage />} />
            <Route path="/mentions" element={<MentionsFeedPage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/accounts" element={<AccountsPage />} />
            <Route path="/accounts/:id" element={<RecordRoute page={AccountPage} />} />
            <Route path="/deals/:id" element={<RecordRoute page={DealPage} />} />
            <Route path="/cases/:id" element={<RecordRoute page={CasePage} />} />
            <Route path="/documents/:id" element={<RecordRoute page={DocumentPage} />} />
            <Route path="/saved" element={<SavedPage />} />
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
