import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** A new page starts at its top (the router keeps the window's scroll position otherwise). */
export function useScrollToTopOnNavigate(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [pathname]);
}
