import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** A new page starts at its top (the router keeps the window's scroll position otherwise). */
export function useScrollToTopOnNavigate(): void {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    // An address with #activity-… or #comment-… scrolls to that item instead (useFocusFromHash).
    if (!hash) window.scrollTo({ top: 0 });
  }, [pathname, hash]);
}
