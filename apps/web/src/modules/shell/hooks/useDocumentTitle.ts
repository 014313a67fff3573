import { useEffect, useState } from 'react';
import { useUnreadCount } from 'src/modules/notifications/hooks/useUnreadCount';
import { documentTitle } from 'src/modules/shell/utils/document-title';

/**
 * Keeps the tab title on "(unread) Page · Tidings". The page's name is its one <h1>, read from the
 * main region as pages render (records load their name after the route changes).
 */
export function useDocumentTitle(): void {
  const unread = useUnreadCount();
  const [page, setPage] = useState<string | null>(null);

  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    const read = () => setPage(main.querySelector('h1')?.textContent ?? null);
    read();
    const observer = new MutationObserver(read);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    document.title = documentTitle(page, unread);
  }, [page, unread]);
}
